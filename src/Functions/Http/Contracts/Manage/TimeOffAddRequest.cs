namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>One absence to add, local <c>yyyy-MM-ddTHH:mm</c>.</summary>
public sealed record TimeOffAddRequest(string? Start, string? End, string? Reason);
