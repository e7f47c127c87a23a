namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>The customer's contact details as given for one booking.</summary>
public sealed record CustomerSnapshot(string Name, string? Email, string? Phone);
