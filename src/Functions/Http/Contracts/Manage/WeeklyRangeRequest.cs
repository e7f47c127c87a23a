namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A recurring time range on a weekday (<c>monday</c> … <c>sunday</c>), local <c>HH:mm</c>; an end of <c>24:00</c> is midnight.</summary>
public sealed record WeeklyRangeRequest(string? Day, string? Start, string? End);
