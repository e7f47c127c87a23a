using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>The dashboard's booking listing: local dates (inclusive), optional staff and status, and where the previous page ended.</summary>
public sealed record BookingQuery(DateInterval Dates, string? StaffId, BookingStatus? Status, PageCursor? After, int Limit);
