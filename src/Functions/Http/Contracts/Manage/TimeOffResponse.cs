namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>An absence, in local date-times.</summary>
public sealed record TimeOffResponse(string Id, string Start, string End, string? Reason);
