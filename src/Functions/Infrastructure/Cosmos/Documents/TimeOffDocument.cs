using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>
/// Absence from a local date and time up to another (whole days run midnight to midnight). Entries
/// written before time off had ids get one from their position when read.
/// </summary>
public sealed record TimeOffDocument(LocalDateTime Start, LocalDateTime End, string? Reason = null, string? Id = null);
