using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// Moves a booking: claims the new slot first, then points the appointment at it, then releases
/// the old claim. At no moment is the booking without a slot; a retry finds each step done.
/// </summary>
public sealed class RescheduleBooking(BookingAccess access, CosmosStore store, SlotClaimer claimer, AlternativeSlots alternatives, IClock clock)
{
    public async Task<BookingOutcome> ExecuteAsync(
        TenantConfiguration tenant, string bookingId, string? token, RescheduleDraft draft, CancellationToken cancellationToken)
    {
        var appointment = await access.FindAsync(tenant, bookingId, token, cancellationToken);
        if (appointment is null)
        {
            return BookingAccess.Missing(bookingId);
        }

        if (appointment.Status == BookingStatus.Cancelled)
        {
            return new BookingOutcome.InvalidState("A cancelled booking cannot be rescheduled.");
        }

        if (!tenant.Services.TryGetValue(appointment.ServiceId, out var service))
        {
            return new BookingOutcome.InvalidState("The booking's service no longer exists; it can only be cancelled.");
        }

        var staff = draft.Staff ?? [.. tenant.Staff.Values.Where(s => s.StaffId == appointment.StaffId)];
        var now = clock.GetCurrentInstant();
        var claim = await claimer.ClaimAsync(
            tenant, new ClaimRequest(bookingId, draft.Fingerprint, service, staff, draft.Start, MayMoveExistingClaim: true), now, cancellationToken);
        if (!claim.IsClaimed)
        {
            return claim.Rejection == BookingRejection.Occupied && !claim.Contended
                ? new BookingOutcome.SlotTaken(await alternatives.NearAsync(tenant, service, staff, draft.Start, now, cancellationToken))
                : claim.Contended ? new BookingOutcome.Contended() : new BookingOutcome.NotBookable(claim.Rejection);
        }

        return await MoveAsync(tenant, service, appointment, claim, now, cancellationToken);
    }

    private async Task<BookingOutcome> MoveAsync(
        TenantConfiguration tenant, Service service, AppointmentDocument appointment, ClaimResult claim, Instant now, CancellationToken cancellationToken)
    {
        var entry = claim.Entry!;
        if (appointment.StaffId == claim.StaffId && appointment.BlockStart == entry.Start)
        {
            return new BookingOutcome.Done(appointment, Created: false);
        }

        var start = entry.Start + (appointment.Start - appointment.BlockStart);
        var moved = appointment with
        {
            StaffId = claim.StaffId!,
            Start = start,
            End = start + service.Duration,
            BlockStart = entry.Start,
            BlockEnd = entry.End,
            LocalDate = claim.Date!.Value,
            RescheduleCount = appointment.RescheduleCount + 1,
        };
        var written = await store.TryReplaceAsync(moved, cancellationToken);
        if (written is null)
        {
            await UndoClaimAsync(tenant, service, appointment, moved, now, cancellationToken);
            return new BookingOutcome.InvalidState("The booking changed while it was being moved; read it again and retry.");
        }

        if (appointment.StaffId != moved.StaffId || appointment.LocalDate != moved.LocalDate)
        {
            await claimer.ReleaseAsync(appointment.TenantId, appointment.StaffId, appointment.LocalDate, appointment.Id, appointment.BlockStart,
                cancellationToken);
        }

        return new BookingOutcome.Done(written, Created: false);
    }

    /// <summary>
    /// The appointment could not be pointed at the new claim. A claim on another day is released; a
    /// claim on the same day replaced the old one, so the old one is put back.
    /// </summary>
    private async Task UndoClaimAsync(
        TenantConfiguration tenant, Service service, AppointmentDocument appointment, AppointmentDocument moved, Instant now,
        CancellationToken cancellationToken)
    {
        var sameLedger = appointment.StaffId == moved.StaffId && appointment.LocalDate == moved.LocalDate;
        if (!sameLedger)
        {
            await claimer.ReleaseAsync(appointment.TenantId, moved.StaffId, moved.LocalDate, moved.Id, moved.BlockStart, cancellationToken);
        }
        else if (tenant.Staff.TryGetValue(appointment.StaffId, out var staff))
        {
            await claimer.ClaimAsync(
                tenant, new ClaimRequest(appointment.Id, appointment.Fingerprint, service, [staff], appointment.Start, MayMoveExistingClaim: true),
                now, cancellationToken);
        }
    }
}
