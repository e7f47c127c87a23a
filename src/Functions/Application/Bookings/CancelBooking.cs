using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// Cancels a booking: records the cancellation and whether the deposit is refundable under the
/// tenant's window, then frees the slot. Cancelling again answers the same and re-frees the slot,
/// so a retry repairs a release that failed the first time.
/// </summary>
public sealed class CancelBooking(BookingAccess access, CosmosStore store, SlotClaimer claimer, BookingTelemetry telemetry, IClock clock)
{
    private const int MaxAttempts = 5;

    public async Task<BookingOutcome> ExecuteAsync(TenantConfiguration tenant, string bookingId, string? token, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var appointment = await access.FindAsync(tenant, bookingId, token, cancellationToken);
            if (appointment is null)
            {
                return BookingAccess.Missing(bookingId);
            }

            var now = clock.GetCurrentInstant();
            if (appointment.Status != BookingStatus.Cancelled && appointment.Start <= now)
            {
                return new BookingOutcome.InvalidState("The booking has already started and can no longer be cancelled.");
            }

            var alreadyCancelled = appointment.Status == BookingStatus.Cancelled;
            var cancelled = alreadyCancelled ? appointment : await store.TryReplaceAsync(Cancelled(tenant, appointment, now), cancellationToken);
            if (cancelled is not null)
            {
                await claimer.ReleaseAsync(tenant.TenantId, cancelled.StaffId, cancelled.LocalDate, cancelled.Id, cancelled.BlockStart, cancellationToken);
                if (!alreadyCancelled)
                {
                    telemetry.Cancelled(tenant.TenantId, cancelled.Id);
                }

                return new BookingOutcome.Done(cancelled, Created: false);
            }
        }

        return new BookingOutcome.Contended();
    }

    private static AppointmentDocument Cancelled(TenantConfiguration tenant, AppointmentDocument appointment, Instant now) =>
        appointment with
        {
            Status = BookingStatus.Cancelled,
            CancelledAt = now,
            RefundEligible = appointment.DepositMinor > 0
                && CancellationPolicy.IsRefundEligible(appointment.Start, now, tenant.Policy.CancellationWindow),
        };
}
