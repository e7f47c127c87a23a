namespace AppointmentBooking.Functions.Application.Events;

/// <summary>What an event is about.</summary>
/// <param name="StaffId">The staff member concerned.</param>
/// <param name="Booking">The booking as the event left it; absent for events about no booking.</param>
/// <param name="Amount">The money the event moved (a deposit paid or refunded).</param>
public sealed record EventPayloadData(string? StaffId, BookingPayload? Booking, AmountPayload? Amount);
