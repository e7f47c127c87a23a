using System.Text.Json.Nodes;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Payflex;

/// <summary>
/// Deposits paid in four instalments through Payflex (https://docs.payflex.co.za/), each tenant with its
/// own OAuth client. The order (<see cref="PayflexApi"/>; fields as Payflex's WooCommerce plugin and
/// Magento module send them) carries the amount in rands, the customer's e-mail, the booking as
/// <c>merchantReference</c>, and as both redirect URLs the app's return endpoint naming tenant and booking
/// (Payflex wants absolute https URLs). Payflex sends no signed notification: its redirect (or a post to
/// <c>api/webhooks/payflex</c> naming tenant and booking in the query) only makes the app ask,
/// <c>GET /order/{orderId}</c> with the order id the app stored — never one from the browser, which must match it
/// when given — and the answer must name our booking as <c>merchantReference</c>. <c>Approved</c> pays (its
/// amount goes to the payment's anomaly check); <c>Declined</c>, <c>Abandoned</c> and <c>Cancelled</c> are a
/// failed attempt; <c>Created</c> and anything else are not yet decided (statuses as the official plugins
/// handle them). The order id with the status de-duplicates. The saga's check at the hold's expiry asks
/// the same way, for customers who never come back. The customer's plan — a quarter now and a quarter
/// every two weeks — is recorded with the checkout. Refunds: <c>POST /order/{orderId}/refund</c> with the
/// amount in rands and our refund key as <c>requestId</c> and <c>merchantRefundReference</c> (whether Payflex
/// de-duplicates by <c>requestId</c> is UNCONFIRMED, so the call is not retried; the payment record guards
/// it); a refusal becomes a manual refund. Payflex has no call to cancel an order; a late approval is refunded.
/// </summary>
internal sealed class PayflexGateway(PayflexApi api, GatewayTenants tenants, IClock clock) : IPaymentGateway
{
    public const string ClientId = "clientId";
    public const string ClientSecret = "clientSecret";
    private const string OrderIdParameter = "orderId";

    public PaymentGatewayKind Kind => PaymentGatewayKind.Payflex;

    public IReadOnlyList<string> CredentialNames { get; } = [ClientId, ClientSecret];

    public bool Accepts(string currency) => currency == "ZAR";

    public Task<bool> IsConfiguredForAsync(string tenantId, CancellationToken cancellationToken) =>
        tenants.IsConfiguredAsync(this, tenantId, cancellationToken);

    public async Task<CheckoutSession> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var secrets = await tenants.RequireAsync(this, request.TenantId, cancellationToken);
        var amount = DecimalAmounts.Format(request.Amount);
        var order = await api.CreateOrderAsync(secrets, new JsonObject
        {
            ["amount"] = amount,
            ["consumer"] = new JsonObject { ["email"] = request.CustomerEmail },
            ["description"] = request.Description,
            ["items"] = new JsonArray(new JsonObject { ["name"] = request.Description, ["sku"] = request.BookingId, ["quantity"] = "1", ["price"] = amount }),
            ["merchant"] = new JsonObject
            {
                ["redirectConfirmUrl"] = request.GatewayReturnUrl.ToString(),
                ["redirectCancelUrl"] = request.GatewayReturnUrl.ToString(),
            },
            ["merchantReference"] = request.BookingId,
            ["taxAmount"] = 0,
            ["shippingAmount"] = 0,
        }, cancellationToken);
        return new CheckoutSession(
            order["orderId"]?.ToString() ?? throw new InvalidOperationException("Payflex answered an order without its orderId."),
            new Uri(order["redirectUrl"]?.ToString() ?? throw new InvalidOperationException("Payflex answered an order without its redirectUrl.")),
            new Dictionary<string, string>(),
            InstalmentPlan.PayInFour(request.Amount, clock.GetCurrentInstant()));
    }

    public async Task<WebhookVerification> VerifyWebhookAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var subject = await tenants.FindAsync(this, delivery.Query.GetValueOrDefault(GatewayUrlQuery.Tenant),
            delivery.Query.GetValueOrDefault(GatewayUrlQuery.Booking), cancellationToken);
        if (subject is not NotificationSubject.Known { Payment: var payment } known)
        {
            return new WebhookVerification.Rejected("The Payflex call names no Payflex order of a tenant set up for it.");
        }

        var orderId = payment.Checkout.Reference;
        if (delivery.Query.GetValueOrDefault(OrderIdParameter) is { } claimed && claimed != orderId)
        {
            return new WebhookVerification.Rejected($"The Payflex call names order {claimed}, not the booking's.");
        }

        JsonNode order;
        try
        {
            order = await api.OrderAsync(known.Secrets, orderId, cancellationToken);
        }
        catch (GatewayRefusedException refused)
        {
            return new WebhookVerification.Rejected($"Payflex does not confirm order {orderId}: {refused.Message}");
        }

        if (order["merchantReference"]?.ToString() != payment.BookingId)
        {
            return new WebhookVerification.Rejected($"Payflex order {orderId} is not for booking {payment.BookingId}.");
        }

        var status = order["orderStatus"]?.ToString();
        PaymentEventKind? kind = status switch
        {
            "Approved" => PaymentEventKind.Paid,
            "Declined" or "Abandoned" or "Cancelled" => PaymentEventKind.Failed,
            _ => null,
        };
        if (kind is not { } happened)
        {
            return new WebhookVerification.Ignored($"Payflex order {orderId} is {status ?? "of no status"}: not decided yet.");
        }

        return DecimalAmounts.Parse(order["amount"]?.ToString(), "ZAR") is { } amount
            ? new WebhookVerification.Accepted(new PaymentEvent(Kind, $"{orderId}:{status}", happened, payment.TenantId, payment.BookingId, orderId, orderId,
                amount, clock.GetCurrentInstant()))
            : new WebhookVerification.Rejected($"Payflex order {orderId} has no readable amount.");
    }

    public async Task<GatewayPaymentStatus> QueryAsync(string tenantId, string checkoutReference, CancellationToken cancellationToken)
    {
        var secrets = await tenants.RequireAsync(this, tenantId, cancellationToken);
        var order = await api.OrderAsync(secrets, checkoutReference, cancellationToken);
        return order["orderStatus"]?.ToString() == "Approved" && DecimalAmounts.Parse(order["amount"]?.ToString(), "ZAR") is { } amount
            ? new GatewayPaymentStatus(PaymentState.Paid, checkoutReference, amount)
            : new GatewayPaymentStatus(PaymentState.AwaitingPayment, null, null);
    }

    public Task ExpireCheckoutAsync(string tenantId, string checkoutReference, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<RefundOutcome> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await tenants.SecretsAsync(this, request.TenantId, cancellationToken) is not { } secrets)
        {
            return new RefundOutcome.ManualRefundRequired("The tenant's Payflex credentials are gone, so Payflex cannot be asked to refund.");
        }

        try
        {
            await api.RefundAsync(secrets, request.CheckoutReference, new JsonObject
            {
                ["requestId"] = request.IdempotencyKey,
                ["amount"] = request.Amount.MinorUnits / 100m,
                ["merchantRefundReference"] = request.IdempotencyKey,
            }, cancellationToken);
            return new RefundOutcome.Refunded(request.IdempotencyKey);
        }
        catch (GatewayRefusedException refused)
        {
            return new RefundOutcome.ManualRefundRequired(refused.Message);
        }
    }
}
