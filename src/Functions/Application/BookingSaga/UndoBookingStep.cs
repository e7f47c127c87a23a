using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Messaging;
using AppointmentBooking.Functions.Application.Notifications;
using AppointmentBooking.Functions.Application.Payments;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Application.BookingSaga;

/// <summary>
/// The saga's compensation, when a booking cannot go ahead after all (its staff member's calendar is
/// busy, or the slot was lost while the deposit was being paid): refund the deposit, cancel the
/// booking, free its slot, and offer the customer the nearest free times. Each part is idempotent.
/// </summary>
public sealed class UndoBookingStep(
    RefundDeposit refunds, AppointmentChanges changes, SlotClaimer claimer, ITenantCatalog catalog, AlternativeSlots alternatives,
    IMessagePublisher publisher, BookingTelemetry telemetry, IClock clock)
{
    private static readonly OffsetDateTimePattern StartPattern = OffsetDateTimePattern.ExtendedIso;

    public async Task ExecuteAsync(string tenantId, string bookingId, CancellationToken cancellationToken)
    {
        await refunds.ExecuteAsync(tenantId, bookingId, cancellationToken);
        var now = clock.GetCurrentInstant();
        if (await changes.ApplyAsync(tenantId, bookingId, a => a.Undo(now), cancellationToken) is not AppointmentTransition.Changed { Appointment: var undone })
        {
            return;
        }

        await claimer.ReleaseAsync(tenantId, bookingId, undone.Placement, cancellationToken);
        telemetry.Track(BookingEvents.BookingUndone, tenantId, bookingId);
        var alternativeStarts = await AlternativesAsync(undone, now, cancellationToken);
        await publisher.PublishAllAsync(NotificationPlanner.For(undone, NotificationKind.BookingUndone, "0", now, alternativeStarts), cancellationToken);
    }

    private async Task<IReadOnlyList<string>> AlternativesAsync(Appointment undone, Instant now, CancellationToken cancellationToken)
    {
        if (await catalog.FindByIdAsync(undone.TenantId, cancellationToken) is not { } tenant
            || tenant.FindBookableService(undone.ServiceId) is not { } service)
        {
            return [];
        }

        var slots = await alternatives.NearAsync(tenant, service, tenant.StaffFor(service), undone.Placement.Start, now, cancellationToken);
        return [.. slots.Select(s => StartPattern.Format(s.Start.InZone(undone.Zone).ToOffsetDateTime()))];
    }
}
