using NodaTime;

namespace AppointmentBooking.Domain.Calendar;

/// <summary>
/// A calendar provider's events and free/busy, called with an access token. Adapters throw
/// <see cref="CalendarAccessDeniedException"/> when the token is refused (the caller refreshes it once)
/// and any other exception for a failure worth retrying later.
/// </summary>
public interface ICalendarEvents
{
    /// <summary>The event with that id, deleted or not; null when the calendar never had it.</summary>
    Task<ExistingEvent?> FindAsync(string accessToken, string calendarId, string eventId, CancellationToken cancellationToken);

    /// <summary>Adds the event under its own id; false when the calendar already holds an event with that id.</summary>
    Task<bool> InsertAsync(string accessToken, string calendarId, CalendarEvent calendarEvent, CancellationToken cancellationToken);

    /// <summary>Moves and renames the event with that id, bringing it back if it was deleted.</summary>
    Task UpdateAsync(string accessToken, string calendarId, CalendarEvent calendarEvent, CancellationToken cancellationToken);

    /// <summary>Deletes the event; deleting one that is missing or already deleted does nothing.</summary>
    Task DeleteAsync(string accessToken, string calendarId, string eventId, CancellationToken cancellationToken);

    /// <summary>The calendar's busy periods overlapping <paramref name="range"/>, as instants.</summary>
    Task<IReadOnlyList<Interval>> BusyAsync(string accessToken, string calendarId, Interval range, CancellationToken cancellationToken);
}
