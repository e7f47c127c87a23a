namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A local time range within one day.</summary>
public sealed record TimeRangeResponse(string Start, string End);
