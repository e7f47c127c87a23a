namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A deposit rule: <c>none</c>, <c>percentage</c> or <c>fixed</c>.</summary>
public sealed record DepositResponse(string Kind, int? Percent, long? AmountMinor);
