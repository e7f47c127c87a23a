using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>The stored form of one try at a webhook delivery.</summary>
public sealed record DeliveryAttemptDocument(int Number, Instant At, int? StatusCode, string? Error, long DurationMs, string? ResponseExcerpt);
