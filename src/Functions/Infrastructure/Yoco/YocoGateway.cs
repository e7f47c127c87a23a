using System.Text.Json.Nodes;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Yoco;

/// <summary>
/// Deposits through Yoco's Checkout API with each tenant's own secret key: <c>POST /api/checkouts</c>
/// with the amount in cents, ZAR, the return pages and the booking in <c>metadata</c> and <c>externalId</c>
/// (https://developer.yoco.com/online/api-reference/checkout/payments/accept-payments), under an
/// idempotency key derived from the booking. Webhooks arrive at the URL the tenant registers with Yoco,
/// <c>api/webhooks/yoco?tenant={tenantId}</c>, since each tenant's account signs with its own secret: the
/// tenant named there must be set up for Yoco, the delivery must carry a valid signature within three
/// minutes (<see cref="YocoWebhookSignature"/>), and its mode (test or live) must match the tenant's key.
/// A <c>payment.succeeded</c> event is then looked up by its <c>payload.metadata.checkoutId</c> (Yoco's
/// sample shows only that key; whether our own metadata is copied is UNCONFIRMED, so it is not relied on)
/// and confirmed server to server: <c>GET /api/checkouts/{id}</c> must say <c>completed</c>, for the same
/// payment (the official plugin's check; the GET is UNCONFIRMED in Yoco's reference, and only
/// <c>completed</c> counts as paid). The event's own amount and currency go to the payment's anomaly
/// check; the event id de-duplicates. Refunds: <c>POST /api/checkouts/{id}/refund</c>
/// (https://developer.yoco.com/online/api-reference/checkout/refunds/accept-refunds) under the refund's
/// idempotency key; Yoco accepting it (202) counts as refunded, <c>refund.succeeded</c> is recorded, and a
/// refusal (test-mode checkouts cannot be refunded) becomes a manual refund. Yoco has no call to close a
/// checkout, so expiring one does nothing; a late payment is refunded by the saga.
/// </summary>
internal sealed partial class YocoGateway(YocoApi api, GatewayTenants tenants, IClock clock, ILogger<YocoGateway> logger) : IPaymentGateway
{
    public const string SecretKey = "secretKey";
    public const string WebhookSecret = "webhookSecret";
    private const string TenantKey = "tenantId";
    private const string BookingKey = "bookingId";

    public PaymentGatewayKind Kind => PaymentGatewayKind.Yoco;

    public IReadOnlyList<string> CredentialNames { get; } = [SecretKey, WebhookSecret];

    public bool Accepts(string currency) => currency == "ZAR";

    public Task<bool> IsConfiguredForAsync(string tenantId, CancellationToken cancellationToken) =>
        tenants.IsConfiguredAsync(this, tenantId, cancellationToken);

    public async Task<CheckoutSession> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var secrets = await tenants.RequireAsync(this, request.TenantId, cancellationToken);
        var checkout = await api.CreateCheckoutAsync(secrets[SecretKey], new JsonObject
        {
            ["amount"] = request.Amount.MinorUnits,
            ["currency"] = request.Amount.Currency,
            ["successUrl"] = request.ReturnUrl.ToString(),
            ["cancelUrl"] = request.CancelUrl.ToString(),
            ["failureUrl"] = request.CancelUrl.ToString(),
            ["externalId"] = request.BookingId,
            ["metadata"] = new JsonObject { [TenantKey] = request.TenantId, [BookingKey] = request.BookingId },
        }, request.IdempotencyKey, cancellationToken);
        return new CheckoutSession(
            checkout["id"]?.ToString() ?? throw new InvalidOperationException("Yoco answered a checkout without its id."),
            new Uri(checkout["redirectUrl"]?.ToString() ?? throw new InvalidOperationException("Yoco answered a checkout without its redirectUrl.")),
            new Dictionary<string, string>());
    }

    public async Task<WebhookVerification> VerifyWebhookAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var tenantId = delivery.Query.GetValueOrDefault(GatewayUrlQuery.Tenant);
        if (tenantId is null || await tenants.SecretsAsync(this, tenantId, cancellationToken) is not { } secrets)
        {
            return new WebhookVerification.Rejected("The webhook URL names no tenant set up for Yoco.");
        }

        if (YocoWebhookSignature.Check(delivery.Headers, delivery.Body, secrets[WebhookSecret], clock.GetCurrentInstant().ToDateTimeOffset()) is { } forged)
        {
            return new WebhookVerification.Rejected(forged);
        }

        if (JsonAnswers.Parse(delivery.Body) is not { } notice || notice["payload"] is not JsonObject payload)
        {
            LogUnreadable(logger, tenantId);
            return new WebhookVerification.Ignored("A signed Yoco event the app cannot read.");
        }

        if (payload["mode"]?.ToString() is { } mode && mode != ModeOf(secrets[SecretKey]))
        {
            return new WebhookVerification.Rejected($"A {mode}-mode event for a tenant whose key is not {mode}.");
        }

        PaymentEventKind? kind = notice["type"]?.ToString() switch
        {
            "payment.succeeded" => PaymentEventKind.Paid,
            "refund.succeeded" => PaymentEventKind.Refunded,
            _ => null,
        };
        if (kind is not { } happened)
        {
            return new WebhookVerification.Ignored($"Yoco event {notice["type"]} is not one the app acts on.");
        }

        return await tenants.FindByCheckoutAsync(this, tenantId, secrets, payload["metadata"]?["checkoutId"]?.ToString(), cancellationToken) switch
        {
            NotificationSubject.Known known => await ReadAsync(notice, payload, happened, known, cancellationToken),
            NotificationSubject.Unknown unknown => unknown.Rejection,
            _ => throw new InvalidOperationException("Unknown notification subject."),
        };
    }

    public async Task<GatewayPaymentStatus> QueryAsync(string tenantId, string checkoutReference, CancellationToken cancellationToken)
    {
        var secrets = await tenants.RequireAsync(this, tenantId, cancellationToken);
        var checkout = await api.CheckoutAsync(secrets[SecretKey], checkoutReference, cancellationToken);
        return checkout["status"]?.ToString() == "completed" && Amount(checkout) is { } amount
            ? new GatewayPaymentStatus(PaymentState.Paid, checkout["paymentId"]?.ToString(), amount)
            : new GatewayPaymentStatus(PaymentState.AwaitingPayment, null, null);
    }

    public Task ExpireCheckoutAsync(string tenantId, string checkoutReference, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<RefundOutcome> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await tenants.SecretsAsync(this, request.TenantId, cancellationToken) is not { } secrets)
        {
            return new RefundOutcome.ManualRefundRequired("The tenant's Yoco credentials are gone, so Yoco cannot be asked to refund.");
        }

        try
        {
            var refund = await api.RefundAsync(secrets[SecretKey], request.CheckoutReference, new JsonObject
            {
                ["amount"] = request.Amount.MinorUnits,
                ["metadata"] = new JsonObject { [TenantKey] = request.TenantId, [BookingKey] = request.BookingId },
            }, request.IdempotencyKey, cancellationToken);
            return new RefundOutcome.Refunded(refund["refundId"]?.ToString() ?? $"{request.CheckoutReference}/refund");
        }
        catch (GatewayRefusedException refused) when (refused.Reason.Contains("already been refunded", StringComparison.OrdinalIgnoreCase))
        {
            return new RefundOutcome.Refunded($"{request.CheckoutReference}/refund");
        }
        catch (GatewayRefusedException refused)
        {
            return new RefundOutcome.ManualRefundRequired(refused.Message);
        }
    }

    /// <summary>A signed event about a payment of ours; a payment is paid only when Yoco's own checkout says so.</summary>
    private async Task<WebhookVerification> ReadAsync(
        JsonNode notice, JsonObject payload, PaymentEventKind kind, NotificationSubject.Known subject, CancellationToken cancellationToken)
    {
        var payment = subject.Payment;
        if (Amount(payload) is not { } amount || notice["id"]?.ToString() is not { Length: > 0 } eventId)
        {
            return new WebhookVerification.Rejected("The Yoco event lacks its id, amount or currency.");
        }

        var paymentId = kind is PaymentEventKind.Paid ? payload["id"]?.ToString() : payload["paymentId"]?.ToString();
        if (kind is PaymentEventKind.Paid)
        {
            var checkout = await api.CheckoutAsync(subject.Secrets[SecretKey], payment.Checkout.Reference, cancellationToken);
            if (checkout["status"]?.ToString() != "completed" || (checkout["paymentId"]?.ToString() is { } confirmed && confirmed != paymentId))
            {
                return new WebhookVerification.Rejected($"Yoco's checkout {payment.Checkout.Reference} is {checkout["status"]}, not completed by this payment.");
            }
        }

        return new WebhookVerification.Accepted(new PaymentEvent(Kind, eventId, kind, payment.TenantId, payment.BookingId, payment.Checkout.Reference,
            paymentId, amount, clock.GetCurrentInstant()));
    }

    private static Money? Amount(JsonNode node) =>
        node["amount"] is JsonValue value && value.TryGetValue<long>(out var minor) && node["currency"]?.ToString() is { Length: 3 } currency
            ? new Money(minor, currency)
            : null;

    private static string ModeOf(string secretKey) => secretKey.StartsWith("sk_live_", StringComparison.Ordinal) ? "live" : "test";

    [LoggerMessage(Level = LogLevel.Error, Message = "A correctly signed Yoco event for tenant {TenantId} could not be read; it was acknowledged and ignored")]
    private static partial void LogUnreadable(ILogger logger, string tenantId);
}
