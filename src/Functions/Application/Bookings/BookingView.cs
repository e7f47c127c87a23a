using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Payments;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>A booking as its customer may see it: the appointment, its deposit, and how far its saga got.</summary>
public sealed record BookingView(Appointment Appointment, Payment? Payment, string? SagaStep);
