namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>One changed field of an audited change, as text before and after.</summary>
public sealed record FieldChangeDocument(string Field, string? Before, string? After);
