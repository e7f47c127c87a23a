using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Common;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// Cancels a booking: records the cancellation and whether the deposit is refundable under the
/// tenant's window, then frees the slot. Cancelling again answers the same and re-frees the slot,
/// so a retry repairs a release that failed the first time.
/// </summary>
public sealed class CancelBooking(BookingAccess access, IAppointmentRepository appointments, SlotClaimer claimer, BookingTelemetry telemetry, IClock clock)
{
    public async Task<BookingOutcome> ExecuteAsync(TenantConfiguration tenant, string bookingId, string token, CancellationToken cancellationToken)
    {
        var outcome = await OptimisticRetry.RunAsync(
            RetryLimits.Document, () => TryCancelAsync(tenant, bookingId, token, cancellationToken), cancellationToken);
        if (outcome is BookingOutcome.Done { Appointment: var cancelled })
        {
            await claimer.ReleaseAsync(tenant.TenantId, cancelled.Id, cancelled.Placement, cancellationToken);
        }

        return outcome ?? new BookingOutcome.Contended();
    }

    private async Task<BookingOutcome?> TryCancelAsync(TenantConfiguration tenant, string bookingId, string token, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(tenant, bookingId, token, cancellationToken) is not { } appointment)
        {
            return BookingAccess.Missing(bookingId);
        }

        return appointment.Cancel(clock.GetCurrentInstant(), tenant.Policy.CancellationWindow) switch
        {
            AppointmentTransition.Changed changed => await StoreAsync(changed.Appointment, cancellationToken),
            var settled => BookingOutcome.Of(settled),
        };
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
