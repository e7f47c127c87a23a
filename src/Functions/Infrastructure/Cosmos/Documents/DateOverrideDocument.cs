using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>Replaces the weekly hours on one date; no windows means closed that day.</summary>
public sealed record DateOverrideDocument(LocalDate Date, IReadOnlyList<LocalTimeRangeDocument> Hours);
