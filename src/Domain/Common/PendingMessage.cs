namespace AppointmentBooking.Domain.Common;

/// <summary>
/// A message a change implies, stored with the change itself (an outbox), so it is delivered even
/// when sending fails after the change was written. Consumers are idempotent by <see cref="Id"/>.
/// </summary>
/// <param name="Id">Unique per message; a consumer acknowledges it by this id.</param>
/// <param name="Destination">The queue the message goes to.</param>
/// <param name="Body">The serialised message.</param>
/// <param name="QueuedAt">When the change that implies it was made; a relay resends what stays unacknowledged for long.</param>
public sealed record PendingMessage(string Id, string Destination, string Body, NodaTime.Instant QueuedAt);
