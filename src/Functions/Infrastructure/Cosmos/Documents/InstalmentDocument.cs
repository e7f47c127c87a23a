using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>One instalment of a pay-later deposit, inside its payment document.</summary>
public sealed record InstalmentDocument(Instant DueAt, long AmountMinor, string Currency);
