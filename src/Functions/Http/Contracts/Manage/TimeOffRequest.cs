namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>An absence from a local date-time (<c>yyyy-MM-ddTHH:mm</c>) up to another; an absent id is given one.</summary>
public sealed record TimeOffRequest(string? Id, string? Start, string? End, string? Reason);
