namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A deposit rule: <c>none</c>, <c>percentage</c> (with <see cref="Percent"/> 1–100) or <c>fixed</c> (with <see cref="AmountMinor"/>).</summary>
public sealed record DepositRequest(string? Kind, int? Percent, long? AmountMinor);
