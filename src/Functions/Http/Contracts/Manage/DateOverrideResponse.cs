namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>The hours of one date; empty means closed.</summary>
public sealed record DateOverrideResponse(string Date, IReadOnlyList<TimeRangeResponse> Hours);
