using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using AppointmentBooking.Functions.Queues;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// Books a slot exactly once: claim it in the day ledger, then write the appointment whose id the
/// Idempotency-Key decides. A retry finds both and answers the same; a failure between the two
/// leaves only a claim that expires with the hold.
/// </summary>
public sealed class CreateBooking(
    SlotClaimer claimer, CosmosStore store, AlternativeSlots alternatives, QueueSender queues, BookingTelemetry telemetry, IClock clock)
{
    public async Task<BookingOutcome> ExecuteAsync(
        TenantConfiguration tenant, BookingDraft draft, string idempotencyKey, CancellationToken cancellationToken)
    {
        var bookingId = BookingIds.FromIdempotencyKey(tenant.TenantId, idempotencyKey);
        var now = clock.GetCurrentInstant();
        var claim = await claimer.ClaimAsync(
            tenant, new ClaimRequest(bookingId, draft.Fingerprint, draft.Service, draft.Staff, draft.Start, MayMoveExistingClaim: false),
            now, cancellationToken);
        if (!claim.IsClaimed)
        {
            return await RejectedAsync(tenant, draft, claim, now, cancellationToken);
        }

        var appointment = AppointmentFactory.Create(tenant, draft, claim, bookingId, now);
        // If this write fails, the claim is not released here: the write may have reached the
        // server. The claim expires with the hold unless the appointment turns out to exist.
        var created = await store.TryCreateAsync(appointment, cancellationToken);
        if (created is not null)
        {
            await RecordCustomerAsync(created, now, cancellationToken);
            Track(created);
            return new BookingOutcome.Done(created, Created: true);
        }

        var existing = await store.ReadAsync<AppointmentDocument>(tenant.TenantId, bookingId, cancellationToken);
        if (existing?.Fingerprint == draft.Fingerprint)
        {
            return new BookingOutcome.Done(existing, Created: true);
        }

        await claimer.ReleaseAsync(tenant.TenantId, claim.StaffId!, claim.Date!.Value, bookingId, claim.Entry!.Start, cancellationToken);
        return new BookingOutcome.KeyReused();
    }

    private async Task<BookingOutcome> RejectedAsync(
        TenantConfiguration tenant, BookingDraft draft, ClaimResult claim, Instant now, CancellationToken cancellationToken) =>
        claim switch
        {
            { KeyReused: true } => new BookingOutcome.KeyReused(),
            { Contended: true } => new BookingOutcome.Contended(),
            { Rejection: BookingRejection.Occupied } => new BookingOutcome.SlotTaken(
                await alternatives.NearAsync(tenant, draft.Service, draft.Staff, draft.Start, now, cancellationToken)),
            _ => new BookingOutcome.NotBookable(claim.Rejection),
        };

    private void Track(AppointmentDocument appointment)
    {
        telemetry.HoldCreated(appointment.TenantId, appointment.Id);
        if (appointment.Status == Domain.Bookings.BookingStatus.Confirmed)
        {
            telemetry.Confirmed(appointment.TenantId, appointment.Id);
        }
    }

    /// <summary>The customer record is kept by a queue function, so the booking itself writes only the claim and the appointment.</summary>
    private Task RecordCustomerAsync(AppointmentDocument appointment, Instant now, CancellationToken cancellationToken) =>
        queues.SendAsync(
            QueueNames.Customers,
            new CustomerSeen(appointment.TenantId, appointment.CustomerId, appointment.Customer.Name, appointment.Customer.Email,
                appointment.Customer.Phone, appointment.Id, now),
            cancellationToken);
}
