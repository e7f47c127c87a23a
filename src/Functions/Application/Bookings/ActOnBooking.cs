using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Application.Audit;
using AppointmentBooking.Functions.Application.Calendar;
using AppointmentBooking.Functions.Application.Common;
using AppointmentBooking.Functions.Application.Management;
using AppointmentBooking.Functions.Application.Members;
using AppointmentBooking.Functions.Application.Messaging;
using AppointmentBooking.Functions.Application.Payments;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// Confirms, completes, marks a no-show or cancels a booking for the business. Staff act only on their
/// own bookings (others' read as missing). A cancellation frees the slot; with a refund, the payment
/// saga's refund request (<see cref="RefundRequested"/>, refunded exactly once by RefundDeposit) goes
/// into the booking's outbox with it. With an expected version
/// a booking changed since is stale; without, a lost race is read again and retried.
/// </summary>
public sealed class ActOnBooking(
    IAppointmentRepository appointments, SlotClaimer claimer, OutboxDispatcher outbox, AuditRecorder audit, BookingTelemetry telemetry, IClock clock)
{
    public async Task<ChangeOutcome<Appointment>> ExecuteAsync(
        Caller caller, string bookingId, BookingAction action, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(action);
        var outcome = await OptimisticRetry.RunAsync(
            RetryLimits.Document, () => TryActAsync(caller, bookingId, action, expectedVersion, cancellationToken), cancellationToken);
        return outcome ?? new ChangeOutcome<Appointment>.Stale();
    }

    /// <summary>
    /// Confirms a booking for the business. A hold confirmed this way goes on as a paid one would: its
    /// saga is told, and syncs the calendar and sends the confirmations.
    /// </summary>
    public async Task<ChangeOutcome<Appointment>> ConfirmAsync(
        Caller caller, string bookingId, string? expectedVersion, IBookingSagas sagas, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sagas);
        var outcome = await ExecuteAsync(caller, bookingId, new BookingAction.Confirm(), expectedVersion, cancellationToken);
        if (outcome is ChangeOutcome<Appointment>.Done { Resource.Value.Status: BookingStatus.Confirmed })
        {
            await sagas.TryClearHoldAsync(bookingId, cancellationToken);
        }

        return outcome;
    }

    private async Task<ChangeOutcome<Appointment>?> TryActAsync(
        Caller caller, string bookingId, BookingAction action, string? expectedVersion, CancellationToken cancellationToken)
    {
        var appointment = await appointments.FindAsync(caller.TenantId, bookingId, cancellationToken);
        if (appointment is null || !caller.MayActFor(appointment.Placement.StaffId))
        {
            return new ChangeOutcome<Appointment>.NotFound($"No booking '{bookingId}'.");
        }

        if (expectedVersion is not null && !Versions.Same(appointment.Version!, expectedVersion))
        {
            return new ChangeOutcome<Appointment>.Stale();
        }

        var now = clock.GetCurrentInstant();
        if (action is BookingAction.Confirm && !await SettledAsync(appointment, cancellationToken))
        {
            return new ChangeOutcome<Appointment>.Refused("The hold ran out and its slot was taken; the booking can no longer be confirmed.");
        }

        return Transition(appointment, action, now) switch
        {
            AppointmentTransition.Changed changed => await StoreAsync(caller, appointment, Outboxed(changed.Appointment, caller, action, now), action,
                expectedVersion, cancellationToken),
            AppointmentTransition.Unchanged unchanged => await RepeatedAsync(unchanged.Appointment, action, cancellationToken),
            AppointmentTransition.Refused refused => new ChangeOutcome<Appointment>.Refused(refused.Reason),
            _ => throw new InvalidOperationException("Unknown transition."),
        };
    }

    /// <summary>A repeated cancellation frees the slot and sends what the booking owes again, repairing a first try that failed after storing.</summary>
    private async Task<ChangeOutcome<Appointment>> RepeatedAsync(Appointment appointment, BookingAction action, CancellationToken cancellationToken)
    {
        if (action is BookingAction.Cancel)
        {
            await FreeAsync(appointment, cancellationToken);
        }

        return new ChangeOutcome<Appointment>.Done(new(appointment, appointment.Version!));
    }

    private async Task FreeAsync(Appointment cancelled, CancellationToken cancellationToken)
    {
        await claimer.ReleaseAsync(cancelled.TenantId, cancelled.Id, cancelled.Placement, cancellationToken);
        await outbox.DispatchAsync(cancelled, cancellationToken);
    }

    /// <summary>
    /// A held booking is confirmed the way the saga confirms a paid one: its claim is settled first,
    /// under the ledger's version, so a hold that just ran out is confirmed only if nobody took the slot.
    /// </summary>
    private async Task<bool> SettledAsync(Appointment appointment, CancellationToken cancellationToken) =>
        appointment.Status != BookingStatus.PendingPayment
        || await claimer.SettleAsync(appointment.TenantId, appointment.Id, appointment.Placement, cancellationToken);

    private static AppointmentTransition Transition(Appointment appointment, BookingAction action, Instant now) => action switch
    {
        BookingAction.Confirm => appointment.Confirm(),
        BookingAction.Complete => appointment.Complete(now),
        BookingAction.NoShow => appointment.MarkNoShow(now),
        BookingAction.Cancel cancel => appointment.CancelByBusiness(now, cancel.Refund),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>A cancellation carries its refund when one is due; a cancellation or confirmation also tells the staff calendar.</summary>
    private static Appointment Outboxed(Appointment changed, Caller caller, BookingAction action, Instant now)
    {
        var refunded = action is BookingAction.Cancel && changed.Cancellation?.RefundEligible == true
            ? changed.Queue(RefundRequested.For(changed.TenantId, changed.Id, $"cancelled by the business (member {caller.Member.Id})", now))
            : changed;
        return action is BookingAction.Cancel or BookingAction.Confirm ? CalendarSyncRequested.Queue(refunded, action.Name, now) : refunded;
    }

    /// <summary>Null when another writer changed the booking meanwhile and the caller did not pin a version: read it again.</summary>
    private async Task<ChangeOutcome<Appointment>?> StoreAsync(
        Caller caller, Appointment before, Appointment after, BookingAction action, string? expectedVersion, CancellationToken cancellationToken)
    {
        if (await appointments.TryUpdateAsync(after, cancellationToken) is not { } stored)
        {
            return expectedVersion is null ? null : new ChangeOutcome<Appointment>.Stale();
        }

        if (action is BookingAction.Cancel)
        {
            await FreeAsync(stored, cancellationToken);
            telemetry.Cancelled(stored.TenantId, stored.Id);
        }
        else if (action is BookingAction.Confirm)
        {
            telemetry.Confirmed(stored.TenantId, stored.Id);
        }

        await audit.RecordAsync(caller, $"booking.{action.Name}", $"bookings/{stored.Id}", Describe(before), Describe(stored), cancellationToken);
        return new ChangeOutcome<Appointment>.Done(new(stored, stored.Version!));
    }

    private static Dictionary<string, string?> Describe(Appointment appointment) => new()
    {
        ["status"] = appointment.Status.ToString(),
        ["refundRequested"] = appointment.Cancellation is { } cancellation ? (cancellation.RefundEligible ? "true" : "false") : null,
    };
}
