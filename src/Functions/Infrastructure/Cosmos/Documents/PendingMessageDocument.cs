using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>The stored form of an outbox message.</summary>
public sealed record PendingMessageDocument(string Id, string Destination, string Body, Instant QueuedAt);
