using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Products;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Customers;
using AppointmentBooking.Functions.Application.Messaging;
using AppointmentBooking.Functions.Application.Payments;
using AppointmentBooking.Functions.Application.Products;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// Books a slot exactly once: claim it in the day ledger, then write the appointment whose id the
/// Idempotency-Key decides, with the messages it implies in its outbox. A retry finds both and
/// answers the same; a failure between the two leaves only a claim that expires with the hold.
/// Products are reserved between the two, and lapse with the hold the same way.
/// </summary>
public sealed class CreateBooking(
    SlotClaimer claimer, IAppointmentRepository appointments, AlternativeSlots alternatives, PaymentGateways gateways, OutboxDispatcher outbox,
    ProductStock stock, BookingTelemetry telemetry, IClock clock)
{
    public async Task<BookingOutcome> ExecuteAsync(
        TenantConfiguration tenant, CreateBookingCommand command, string idempotencyKey, CancellationToken cancellationToken)
    {
        if (tenant.FindBookableService(command.ServiceId) is not { } service)
        {
            return new BookingOutcome.NotFound($"No bookable service '{command.ServiceId}'.");
        }

        if (tenant.StaffFor(command.Staff, service) is not { } staff)
        {
            return new BookingOutcome.NotFound($"No staff member '{command.Staff}'.");
        }

        if (ProductLines(tenant, service, command) is not { } lines)
        {
            return new BookingOutcome.NotFound($"No product on sale among '{string.Join("', '", command.Products.Select(p => p.ProductId))}'.");
        }

        var deposit = tenant.DepositFor(service);
        var terms = new BookingTerms(BookingIds.FromIdempotencyKey(tenant.TenantId, idempotencyKey), tenant.TenantId, service,
            command.ProductCharge == ProductCharge.WithDeposit ? new Money(deposit.MinorUnits + BookedProduct.Sum(lines, deposit.Currency).MinorUnits, deposit.Currency) : deposit,
            tenant.Policy.Zone, command.Customer, command.Fingerprint)
        {
            Products = lines,
            ProductCharge = command.ProductCharge,
        };
        if (terms.Deposit.MinorUnits > 0 && await gateways.WhyNotReadyAsync(tenant.Tenant, terms.Deposit.Currency, cancellationToken) is { } reason)
        {
            return new BookingOutcome.PaymentsUnavailable(reason);
        }

        var now = clock.GetCurrentInstant();
        var holdExpiresAt = now + tenant.Policy.HoldDuration;
        var claim = await claimer.ClaimAsync(
            tenant, new ClaimRequest(terms.BookingId, terms.Fingerprint, service, staff, command.Start, holdExpiresAt, MayMoveExistingClaim: false),
            now, cancellationToken);
        return claim switch
        {
            ClaimResult.Claimed claimed => await ReserveAsync(terms, claimed.Placement, holdExpiresAt, cancellationToken)
                ?? await RecordAsync(terms, Book(terms, claimed.Placement, holdExpiresAt, now), cancellationToken),
            ClaimResult.HeldElsewhere => await ExistingAsync(terms, claimed: null, now, cancellationToken),
            ClaimResult.Refused { Reason: BookingRejection.Occupied } taken => new BookingOutcome.SlotTaken(
                await alternatives.NearAsync(tenant, service, staff, command.Start, now, taken.DayRead, cancellationToken)),
            ClaimResult.Refused refused => new BookingOutcome.NotBookable(refused.Reason),
            ClaimResult.KeyReused => new BookingOutcome.KeyReused(),
            _ => new BookingOutcome.Contended(),
        };
    }

    /// <summary>The chosen products at their current names and prices; null when one is unknown, off sale or priced in another currency.</summary>
    private static List<BookedProduct>? ProductLines(TenantConfiguration tenant, Domain.Catalog.Service service, CreateBookingCommand command)
    {
        var lines = new List<BookedProduct>();
        foreach (var choice in command.Products)
        {
            if (!tenant.Products.TryGetValue(choice.ProductId, out var product) || !product.IsActive || product.Price.Currency != service.Price.Currency)
            {
                return null;
            }

            lines.Add(new BookedProduct(product.Id, product.Name, choice.Quantity, product.Price));
        }

        return lines;
    }

    /// <summary>Holds the products' units until the hold expires; when some are gone, gives the claimed slot back.</summary>
    private async Task<BookingOutcome?> ReserveAsync(BookingTerms terms, SlotPlacement placement, Instant holdExpiresAt, CancellationToken cancellationToken)
    {
        if (terms.Products.Count == 0
            || await stock.ReserveAsync(terms.TenantId, terms.BookingId, terms.Products, holdExpiresAt, cancellationToken) is not { } refused)
        {
            return null;
        }

        await claimer.ReleaseAsync(terms.TenantId, terms.BookingId, placement, cancellationToken);
        return new BookingOutcome.ProductUnavailable(refused);
    }

    /// <summary>The booking with what it implies in its outbox: its customer record and its saga.</summary>
    private static Appointment Book(BookingTerms terms, SlotPlacement placement, Instant holdExpiresAt, Instant now)
    {
        var booked = Appointment.Book(terms, placement, holdExpiresAt, now, [CustomerSeen.For(terms, now)]);
        return booked.Queue(BookingSagaStart.For(booked, now));
    }

    /// <summary>
    /// If this write fails, the claim is not released: the write may have reached the server. The
    /// claim expires with the hold unless the appointment turns out to exist.
    /// </summary>
    private async Task<BookingOutcome> RecordAsync(BookingTerms terms, Appointment appointment, CancellationToken cancellationToken)
    {
        if (await appointments.TryCreateAsync(appointment, cancellationToken) is not { } created)
        {
            return await ExistingAsync(terms, appointment.Placement, appointment.CreatedAt, cancellationToken);
        }

        await outbox.DispatchAsync(created, cancellationToken);
        Track(created);
        return new BookingOutcome.Done(created, Created: true);
    }

    /// <summary>
    /// The booking exists already: an earlier try of this request made it (answer it, and send what
    /// it still owes), or another request used the key. A claim this try made that the booking does
    /// not occupy (cancelled or moved since, or another request's booking) is released again.
    /// </summary>
    private async Task<BookingOutcome> ExistingAsync(BookingTerms terms, SlotPlacement? claimed, Instant now, CancellationToken cancellationToken)
    {
        var existing = await appointments.FindAsync(terms.TenantId, terms.BookingId, cancellationToken);
        var answered = existing is { } found && found.Fingerprint == terms.Fingerprint ? found : null;
        if (claimed is not null && answered?.Occupies(claimed, now) != true)
        {
            await claimer.ReleaseAsync(terms.TenantId, terms.BookingId, claimed, cancellationToken);
        }

        if (answered is null)
        {
            return existing is null ? new BookingOutcome.Contended() : new BookingOutcome.KeyReused();
        }

        await outbox.DispatchAsync(answered, cancellationToken);
        return new BookingOutcome.Done(answered, Created: true);
    }

    private void Track(Appointment appointment)
    {
        telemetry.HoldCreated(appointment.TenantId, appointment.Id);
        if (appointment.Status == BookingStatus.Confirmed)
        {
            telemetry.Confirmed(appointment.TenantId, appointment.Id);
        }
    }
}
