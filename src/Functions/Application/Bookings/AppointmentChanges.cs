using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Application.Common;
using AppointmentBooking.Functions.Application.Messaging;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// Applies one transition to a stored booking: read, decide, write under its version, and again after a
/// lost race. Messages the stored change added to the booking's outbox (its events) are sent at once.
/// </summary>
public sealed class AppointmentChanges(IAppointmentRepository appointments, OutboxDispatcher outbox)
{
    /// <summary>The transition as stored (a <see cref="AppointmentTransition.Changed"/> carries the new version), or null when there is no such booking.</summary>
    /// <exception cref="ContentionException">Every attempt lost its race.</exception>
    public async Task<AppointmentTransition?> ApplyAsync(
        string tenantId, string bookingId, Func<Appointment, AppointmentTransition> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        AppointmentTransition? result = null;
        var done = await OptimisticRetry.RunUntilDoneAsync(RetryLimits.Document, async () =>
        {
            if (await appointments.FindAsync(tenantId, bookingId, cancellationToken) is not { } current)
            {
                result = null;
                return true;
            }

            result = change(current);
            if (result is not AppointmentTransition.Changed changed)
            {
                return true;
            }

            var stored = await appointments.TryUpdateAsync(changed.Appointment, cancellationToken);
            result = stored is null ? null : new AppointmentTransition.Changed(stored);
            if (stored is not null)
            {
                await outbox.DispatchAsync(tenantId, stored.Outbox.Where(m => !current.Outbox.Any(c => c.Id == m.Id)), cancellationToken);
            }

            return stored is not null;
        }, cancellationToken);
        return done ? result : throw new ContentionException($"Booking {bookingId} kept changing; the change can be retried.");
    }
}
