namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A local time range within one day, <c>HH:mm</c>.</summary>
public sealed record TimeRangeRequest(string? Start, string? End);
