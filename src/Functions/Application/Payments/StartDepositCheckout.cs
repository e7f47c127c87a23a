using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Domain.Products;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Bookings;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Payments;

/// <summary>
/// Opens the gateway's checkout for a held booking's deposit (with the products the customer chose to
/// pay up front: the booking's deposit includes them, and the description names them), once: a retry (or a second tab) gets
/// the same checkout, because the payment document is created once and the gateway call carries an
/// idempotency key derived from the booking.
/// </summary>
public sealed class StartDepositCheckout(
    BookingAccess access, IPaymentRepository payments, PaymentGateways gateways, BookingPages pages, IClock clock)
{
    public async Task<CheckoutOutcome> ExecuteAsync(TenantConfiguration tenant, string bookingId, string token, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(tenant, bookingId, token, cancellationToken) is not { } appointment)
        {
            return new CheckoutOutcome.NotFound(BookingAccess.Missing(bookingId).Detail);
        }

        var now = clock.GetCurrentInstant();
        if (appointment.StatusAt(now) is not BookingStatus.PendingPayment and var status)
        {
            return new CheckoutOutcome.NothingToPay($"The booking is {status}: no deposit is due.");
        }

        if (await payments.FindAsync(tenant.TenantId, bookingId, cancellationToken) is { } existing)
        {
            return new CheckoutOutcome.Open(existing);
        }

        if (await gateways.WhyNotReadyAsync(tenant.Tenant, appointment.Deposit.Currency, cancellationToken) is { } reason)
        {
            return new CheckoutOutcome.PaymentsUnavailable(reason);
        }

        return new CheckoutOutcome.Open(await OpenAsync(tenant, appointment, gateways.For(tenant.Tenant)!, now, cancellationToken));
    }

    private async Task<Payment> OpenAsync(
        TenantConfiguration tenant, Appointment appointment, IPaymentGateway gateway, Instant now, CancellationToken cancellationToken)
    {
        var session = await gateway.CreateCheckoutAsync(Request(tenant, appointment, gateway.Kind), cancellationToken);
        var payment = Payment.Open(tenant.TenantId, appointment.Id, gateway.Kind, appointment.Deposit, session, now);
        return await payments.TryCreateAsync(payment, cancellationToken)
            ?? await payments.FindAsync(tenant.TenantId, appointment.Id, cancellationToken)
            ?? throw new InvalidOperationException($"The payment of booking {appointment.Id} vanished while it was being opened.");
    }

    private CheckoutRequest Request(TenantConfiguration tenant, Appointment appointment, PaymentGatewayKind gateway)
    {
        var service = tenant.Services.TryGetValue(appointment.ServiceId, out var found) ? found.Name : "appointment";
        var paying = appointment.ProductCharge == ProductCharge.WithDeposit && appointment.Products.Count > 0
            ? $"{service} and {string.Join(", ", appointment.Products.Select(p => $"{p.Quantity} × {p.Name}"))}"
            : service;
        return new CheckoutRequest(
            tenant.TenantId,
            appointment.Id,
            appointment.Deposit,
            $"Deposit: {paying} at {tenant.Tenant.Name}",
            appointment.Customer.Email,
            pages.Booking(tenant.Tenant.Slug, appointment.Id, BookingPages.Done),
            pages.Booking(tenant.Tenant.Slug, appointment.Id, BookingPages.Cancelled),
            pages.Notify(gateway),
            pages.GatewayReturn(gateway, tenant.TenantId, appointment.Id),
            appointment.HoldExpiresAt ?? throw new InvalidOperationException("A held booking has a hold expiry."),
            $"deposit-{appointment.Id}");
    }
}
