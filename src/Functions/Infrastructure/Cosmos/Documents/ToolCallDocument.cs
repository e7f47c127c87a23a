namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>One tool call of a turn.</summary>
public sealed record ToolCallDocument(string Name, bool Succeeded, long ElapsedMs);
