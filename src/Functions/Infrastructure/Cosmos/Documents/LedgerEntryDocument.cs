using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>The stored form of a ledger claim; <see cref="Fingerprint"/> tells a retry from a reused key.</summary>
public sealed record LedgerEntryDocument(string BookingId, Instant Start, Instant End, Instant? ExpiresAt, string Fingerprint);
