using System.Collections.Concurrent;
using AppointmentBooking.Domain.Bookings;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>
/// The calendar port, scripted per booking: fail a few times then sync, or report the staff member busy.
/// Unscripted bookings go to the app's own staff calendars (Google, the fixture's fake), which skip a
/// staff member without a connected calendar. (These scripts are about what the saga does.)
/// </summary>
public sealed class ScriptedCalendar : ICalendarSync
{
    private readonly ConcurrentDictionary<string, Script> scripts = new();
    private ICalendarSync? real;

    /// <summary>Scripts in front of the app's own calendar sync.</summary>
    internal ScriptedCalendar Over(ICalendarSync staffCalendars)
    {
        real = staffCalendars;
        return this;
    }

    public void FailThenSync(string bookingId, int failures) => scripts[bookingId] = new Script(failures, busy: false);

    public void Busy(string bookingId) => scripts[bookingId] = new Script(0, busy: true);

    public int Attempts(string bookingId) => scripts.TryGetValue(bookingId, out var script) ? script.Attempts : 0;

    public Task<CalendarSyncResult> PushAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        if (!scripts.TryGetValue(appointment.Id, out var script))
        {
            return real?.PushAsync(appointment, cancellationToken)
                ?? Task.FromResult<CalendarSyncResult>(new CalendarSyncResult.Skipped("No calendar is scripted for this booking."));
        }

        var attempt = Interlocked.Increment(ref script.Attempts);
        if (attempt <= script.Failures)
        {
            throw new HttpRequestException("The calendar did not answer (scripted).");
        }

        return Task.FromResult<CalendarSyncResult>(script.Busy
            ? new CalendarSyncResult.Conflict("The staff member is busy then (scripted).")
            : new CalendarSyncResult.Synced($"evt-{appointment.Id}"));
    }

    public Task RemoveAsync(Appointment appointment, CancellationToken cancellationToken) =>
        scripts.ContainsKey(appointment.Id) || real is null ? Task.CompletedTask : real.RemoveAsync(appointment, cancellationToken);

    private sealed class Script(int failures, bool busy)
    {
        public int Attempts;

        public int Failures => failures;

        public bool Busy => busy;
    }
}
