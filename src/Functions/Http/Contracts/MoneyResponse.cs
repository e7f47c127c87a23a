namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>An amount in minor units (cents) of an ISO 4217 currency.</summary>
public sealed record MoneyResponse(long AmountMinor, string Currency);
