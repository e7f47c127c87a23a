namespace AppointmentBooking.Functions.Application.Events;

/// <summary>Who a booking is for; e-mail and phone only where the reader may have them.</summary>
public sealed record CustomerPayload(string Name, string? Email, string? Phone);
