using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Calendar;
using AppointmentBooking.Functions.Application.Common;
using AppointmentBooking.Functions.Application.Messaging;
using AppointmentBooking.Functions.Application.Notifications;
using AppointmentBooking.Functions.Application.Payments;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// Cancels a booking: records the cancellation and whether the deposit is refundable under the
/// tenant's window, then frees the slot. Cancelling again answers the same and re-frees the slot,
/// so a retry repairs a release that failed the first time.
/// </summary>
public sealed class CancelBooking(
    BookingAccess access, IAppointmentRepository appointments, SlotClaimer claimer, OutboxDispatcher outbox, BookingTelemetry telemetry, IClock clock)
{
    public async Task<BookingOutcome> ExecuteAsync(TenantConfiguration tenant, string bookingId, string token, CancellationToken cancellationToken)
    {
        var outcome = await OptimisticRetry.RunAsync(
            RetryLimits.Document, () => TryCancelAsync(tenant, bookingId, token, cancellationToken), cancellationToken);
        if (outcome is BookingOutcome.Done { Appointment: var cancelled })
        {
            await claimer.ReleaseAsync(tenant.TenantId, cancelled.Id, cancelled.Placement, cancellationToken);
            await outbox.DispatchAsync(cancelled, cancellationToken);
        }

        return outcome ?? new BookingOutcome.Contended();
    }

    private async Task<BookingOutcome?> TryCancelAsync(TenantConfiguration tenant, string bookingId, string token, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(tenant, bookingId, token, cancellationToken) is not { } appointment)
        {
            return BookingAccess.Missing(bookingId);
        }

        var now = clock.GetCurrentInstant();
        return appointment.Cancel(now, tenant.Policy.CancellationWindow) switch
        {
            AppointmentTransition.Changed changed => await StoreAsync(
                CalendarSyncRequested.Queue(WithMessages(changed.Appointment, appointment.Status, now), "cancel", now), cancellationToken),
            var settled => BookingOutcome.Of(settled),
        };
    }

    /// <summary>
    /// The cancellation carries what it implies in the outbox, so none of it is lost: a refund when
    /// refundable (it does nothing when no deposit was paid), and the cancellation notices of a booking
    /// that was confirmed (a customer who drops an unpaid hold was never told it was booked).
    /// </summary>
    private static Appointment WithMessages(Appointment cancelled, BookingStatus before, Instant now)
    {
        var messages = new List<PendingMessage>();
        if (cancelled.Cancellation is { RefundEligible: true })
        {
            messages.Add(RefundRequested.For(cancelled.TenantId, cancelled.Id, "cancelled within the refund window", now));
        }

        if (before == BookingStatus.Confirmed)
        {
            messages.AddRange(NotificationPlanner.For(cancelled, NotificationKind.Cancellation, "0", now));
        }

        return messages.Aggregate(cancelled, (appointment, message) => appointment.Queue(message));
    }

    /// <summary>Null when another writer changed the booking meanwhile: read it again.</summary>
    private async Task<BookingOutcome?> StoreAsync(Appointment cancelled, CancellationToken cancellationToken)
    {
        if (await appointments.TryUpdateAsync(cancelled, cancellationToken) is not { } stored)
        {
            return null;
        }

        telemetry.Cancelled(stored.TenantId, stored.Id);
        return new BookingOutcome.Done(stored, Created: false);
    }
}
