using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>A local time range within one day.</summary>
public sealed record LocalTimeRangeDocument(LocalTime Start, LocalTime End);
