namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>The chosen gateway (absent when the app chooses) and the names of the credentials set; their values are never returned.</summary>
public sealed record PaymentsResponse(string? Gateway, IReadOnlyList<string> CredentialsSet);
