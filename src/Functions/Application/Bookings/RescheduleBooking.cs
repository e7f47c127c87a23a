using System.Globalization;
using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Calendar;
using AppointmentBooking.Functions.Application.Common;
using AppointmentBooking.Functions.Application.Messaging;
using AppointmentBooking.Functions.Application.Notifications;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// Moves a booking: claims the new slot first, then points the appointment at it, then releases
/// the old claim. At no moment is the booking without a slot; a retry finds each step done.
/// </summary>
public sealed class RescheduleBooking(
    BookingAccess access, AppointmentChanges changes, SlotClaimer claimer, AlternativeSlots alternatives, OutboxDispatcher outbox, IClock clock)
{
    public async Task<BookingOutcome> ExecuteAsync(
        TenantConfiguration tenant, string bookingId, string token, RescheduleCommand command, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(tenant, bookingId, token, cancellationToken) is not { } appointment)
        {
            return BookingAccess.Missing(bookingId);
        }

        var now = clock.GetCurrentInstant();
        if (!appointment.IsMovableAt(now, out var refusal))
        {
            return new BookingOutcome.InvalidState(refusal);
        }

        if (!tenant.Services.TryGetValue(appointment.ServiceId, out var service))
        {
            return new BookingOutcome.InvalidState("The booking's service no longer exists; it can only be cancelled.");
        }

        if (StaffFor(tenant, appointment, service, command) is not { } staff)
        {
            return new BookingOutcome.NotFound($"No staff member '{command.Staff}'.");
        }

        var claim = await claimer.ClaimAsync(tenant, MoveRequest(tenant, appointment, service, staff, command.Start, now), now, cancellationToken);
        return claim switch
        {
            ClaimResult.Claimed claimed => await MoveAsync(tenant, appointment, service, claimed.Placement, now, cancellationToken),
            ClaimResult.Refused { Reason: BookingRejection.Occupied } taken => new BookingOutcome.SlotTaken(
                await alternatives.NearAsync(tenant, service, staff, command.Start, now, taken.DayRead, cancellationToken)),
            ClaimResult.Refused refused => new BookingOutcome.NotBookable(refused.Reason),
            _ => new BookingOutcome.Contended(),
        };
    }

    /// <summary>
    /// Points the booking at its new claim, reading it again if a background step changed it meanwhile;
    /// then frees the old claim, and settles the new one of a confirmed booking so it never lapses.
    /// </summary>
    private async Task<BookingOutcome> MoveAsync(
        TenantConfiguration tenant, Appointment appointment, Service service, SlotPlacement placement, Instant now, CancellationToken cancellationToken)
    {
        var previous = appointment.Placement;
        AppointmentTransition? transition;
        try
        {
            transition = await changes.ApplyAsync(tenant.TenantId, appointment.Id, current =>
            {
                previous = current.Placement;
                return Announced(current.MoveTo(placement, now), now);
            }, cancellationToken);
        }
        catch (ContentionException)
        {
            await UndoClaimAsync(tenant, appointment, service, placement, now, cancellationToken);
            return new BookingOutcome.InvalidState("The booking changed while it was being moved; read it again and retry.");
        }

        if (transition is not AppointmentTransition.Changed { Appointment: var moved })
        {
            if (transition is not AppointmentTransition.Unchanged)
            {
                await UndoClaimAsync(tenant, appointment, service, placement, now, cancellationToken);
            }

            return transition is null ? BookingAccess.Missing(appointment.Id) : BookingOutcome.Of(transition);
        }

        if (!OnSameLedger(previous, placement))
        {
            await claimer.ReleaseAsync(tenant.TenantId, appointment.Id, previous, cancellationToken);
        }

        if (moved.Status == BookingStatus.Confirmed)
        {
            await claimer.SettleAsync(tenant.TenantId, moved.Id, placement, cancellationToken);
        }

        await outbox.DispatchAsync(moved, cancellationToken);
        return new BookingOutcome.Done(moved, Created: false);
    }

    /// <summary>
    /// A confirmed booking's move carries its notices and the message that moves its calendar event in the
    /// outbox, written with the move itself; the move count tells this move's messages from the last one's.
    /// A held booking's confirmation will tell the new time and create the event there.
    /// </summary>
    private static AppointmentTransition Announced(AppointmentTransition transition, Instant now)
    {
        if (transition is not AppointmentTransition.Changed { Appointment: { Status: BookingStatus.Confirmed } moved })
        {
            return transition;
        }

        var move = moved.RescheduleCount.ToString(CultureInfo.InvariantCulture);
        var announced = NotificationPlanner
            .For(moved, NotificationKind.Reschedule, move, now)
            .Aggregate(moved, (appointment, message) => appointment.Queue(message));
        return new AppointmentTransition.Changed(CalendarSyncRequested.Queue(announced, $"move-{move}", now));
    }

    /// <summary>
    /// The appointment could not be pointed at the new claim. A claim on another day is released; a
    /// claim on the same day replaced the old one, so the old one is put back.
    /// </summary>
    private async Task UndoClaimAsync(
        TenantConfiguration tenant, Appointment appointment, Service service, SlotPlacement placement, Instant now, CancellationToken cancellationToken)
    {
        if (!OnSameLedger(appointment.Placement, placement))
        {
            await claimer.ReleaseAsync(tenant.TenantId, appointment.Id, placement, cancellationToken);
        }
        else if (tenant.Staff.TryGetValue(appointment.Placement.StaffId, out var staff)
            && await claimer.ClaimAsync(tenant, MoveRequest(tenant, appointment, service, [staff], appointment.Placement.Start, now), now, cancellationToken)
                is ClaimResult.Claimed && appointment.Status == BookingStatus.Confirmed)
        {
            await claimer.SettleAsync(tenant.TenantId, appointment.Id, appointment.Placement, cancellationToken);
        }
    }

    /// <summary>A move keeps the create request's fingerprint on the claim, so a retried create still recognises its booking.</summary>
    private static ClaimRequest MoveRequest(
        TenantConfiguration tenant, Appointment appointment, Service service, IReadOnlyList<StaffSchedule> staff, Instant start, Instant now) =>
        new(appointment.Id, appointment.Fingerprint, service, staff, start, appointment.ClaimExpiryAt(now, tenant.Policy.HoldDuration),
            MayMoveExistingClaim: true);

    /// <summary>Without a choice the booking stays with its staff member (if they still work here).</summary>
    private static IReadOnlyList<StaffSchedule>? StaffFor(TenantConfiguration tenant, Appointment appointment, Service service, RescheduleCommand command) =>
        command.Staff is { } choice
            ? tenant.StaffFor(choice, service)
            : [.. tenant.Staff.Values.Where(s => s.StaffId == appointment.Placement.StaffId)];

    private static bool OnSameLedger(SlotPlacement a, SlotPlacement b) => a.StaffId == b.StaffId && a.Date == b.Date;
}
