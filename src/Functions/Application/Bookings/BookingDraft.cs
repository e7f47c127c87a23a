using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Customers;
using AppointmentBooking.Domain.Scheduling;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>A validated create request: everything needed to claim and record a booking.</summary>
public sealed record BookingDraft(
    Service Service,
    IReadOnlyList<StaffSchedule> Staff,
    Instant Start,
    ContactDetails Customer,
    string Fingerprint);
