namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A recurring local time range on a weekday.</summary>
public sealed record WeeklyRangeResponse(string Day, string Start, string End);
