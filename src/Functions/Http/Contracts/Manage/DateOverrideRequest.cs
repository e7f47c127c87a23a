namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>Hours for one date (<c>yyyy-MM-dd</c>) instead of the weekday's; no hours means closed that day.</summary>
public sealed record DateOverrideRequest(string? Date, List<TimeRangeRequest>? Hours);
