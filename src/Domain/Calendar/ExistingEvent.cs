using NodaTime;

namespace AppointmentBooking.Domain.Calendar;

/// <summary>An event the calendar already holds under a booking's id; a deleted event keeps its id as cancelled.</summary>
/// <param name="Start">Its start.</param>
/// <param name="End">Its end.</param>
/// <param name="IsCancelled">Whether it was deleted (the id stays taken; an update brings it back).</param>
public sealed record ExistingEvent(Instant Start, Instant End, bool IsCancelled);
