using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Calendar;
using AppointmentBooking.Domain.Tenants;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>
/// Keeps bookings in their staff member's connected calendar (<see cref="ICalendarSync"/>). A staff
/// member without a connection, or whose connection needs a reconnect, is skipped: the booking goes on
/// without the calendar. Each booking has one event, its id derived from the booking, so a retried
/// push finds or refuses a second one; a push that would add the event first asks free/busy again and
/// reports a conflict when the time has been taken in the calendar meanwhile. A refused access token
/// is refreshed once; a lost grant marks the connection (see <see cref="CalendarAccess"/>).
/// </summary>
public sealed class StaffCalendars(
    ICalendarConnections connections, CalendarAccess access, ICalendarEvents events, ITenantCatalog catalog, CalendarOwnerNotice notice)
    : ICalendarSync
{
    private const string NotConnected = "No calendar is connected for this staff member.";
    private const string Reconnect = "The staff member's calendar connection needs a reconnect; the booking goes on without it.";

    public async Task<CalendarSyncResult> PushAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        var (connection, reason) = await UsableAsync(appointment, cancellationToken);
        if (connection is null)
        {
            return new CalendarSyncResult.Skipped(reason);
        }

        var wanted = await EventOfAsync(appointment, cancellationToken);
        return await access.CallAsync(connection, appointment.Id, token => PlaceAsync(token, connection, appointment, wanted, cancellationToken), cancellationToken)
            ?? new CalendarSyncResult.Skipped(Reconnect);
    }

    public async Task RemoveAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        if ((await UsableAsync(appointment, cancellationToken)).Connection is { } connection)
        {
            var eventId = CalendarEventId.For(appointment.TenantId, appointment.Id);
            await access.CallAsync(connection, appointment.Id, async token =>
            {
                await events.DeleteAsync(token, connection.CalendarId, eventId, cancellationToken);
                return eventId;
            }, cancellationToken);
        }
    }

    private async Task<CalendarSyncResult> PlaceAsync(
        string token, CalendarConnection connection, Appointment appointment, CalendarEvent wanted, CancellationToken cancellationToken)
    {
        var existing = await events.FindAsync(token, connection.CalendarId, wanted.Id, cancellationToken);
        if (existing is not null && wanted.IsShownBy(existing))
        {
            return new CalendarSyncResult.Synced(wanted.Id);
        }

        if (existing is { IsCancelled: false })
        {
            await events.UpdateAsync(token, connection.CalendarId, wanted, cancellationToken);
            return new CalendarSyncResult.Synced(wanted.Id);
        }

        var block = new Interval(appointment.Placement.BlockStart, appointment.Placement.BlockEnd);
        var busy = await events.BusyAsync(token, connection.CalendarId, block, cancellationToken);
        if (busy.Any(b => b.Start < block.End && block.Start < b.End))
        {
            return new CalendarSyncResult.Conflict("The staff member's calendar is busy at that time.");
        }

        // Not added yet, deleted earlier (the id stays taken), or added by a parallel try since the read: an update puts it in place.
        if (existing is not null || !await events.InsertAsync(token, connection.CalendarId, wanted, cancellationToken))
        {
            await events.UpdateAsync(token, connection.CalendarId, wanted, cancellationToken);
        }

        return new CalendarSyncResult.Synced(wanted.Id);
    }

    /// <summary>The staff member's working connection, or why there is none; a lost one still owing the owners' notice sends it.</summary>
    private async Task<(CalendarConnection? Connection, string Reason)> UsableAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        var connection = await connections.FindAsync(appointment.TenantId, appointment.Placement.StaffId, cancellationToken);
        if (connection is { NeedsReconnect: true })
        {
            await notice.SendIfOwedAsync(connection, appointment.Id, cancellationToken);
            return (null, Reconnect);
        }

        return (connection, NotConnected);
    }

    private async Task<CalendarEvent> EventOfAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        var tenant = await catalog.FindByIdAsync(appointment.TenantId, cancellationToken);
        var service = tenant is not null && tenant.Services.TryGetValue(appointment.ServiceId, out var found) ? found.Name : "Appointment";
        var business = tenant?.Tenant.Name ?? appointment.TenantId;
        return new CalendarEvent(
            CalendarEventId.For(appointment.TenantId, appointment.Id),
            $"{service}: {appointment.Customer.Name}",
            $"Booked with {business} (booking {appointment.Id}). Moves and cancellations made there update this event.",
            appointment.Placement.Start,
            appointment.Placement.End,
            appointment.Zone);
    }
}
