namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>
/// The gateway deposits go through (<c>stripe</c>, <c>payFast</c>, <c>yoco</c>, <c>paystack</c>, <c>netcash</c>,
/// <c>payflex</c>; null lets the app choose) and changes to the tenant's own credentials for it: a value
/// sets one, null removes it, an absent name keeps it. Credentials are write-only: responses list
/// only which are set. Choosing another gateway starts from no credentials.
/// </summary>
public sealed record PaymentsRequest(string? Gateway, Dictionary<string, string?>? Credentials);
