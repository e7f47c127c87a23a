namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A token that opens the tenant's event stream until <see cref="ExpiresAt"/>, and the stream's URL with it (for <c>new EventSource(url)</c>).</summary>
public sealed record StreamTokenResponse(string Token, string ExpiresAt, string Url);
