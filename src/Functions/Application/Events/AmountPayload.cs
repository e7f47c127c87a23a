namespace AppointmentBooking.Functions.Application.Events;

/// <summary>An amount in minor units of an ISO 4217 currency.</summary>
public sealed record AmountPayload(long AmountMinor, string Currency);
