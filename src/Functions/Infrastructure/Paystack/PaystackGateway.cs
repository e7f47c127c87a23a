using System.Globalization;
using System.Text.Json.Nodes;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Paystack;

/// <summary>
/// Deposits through Paystack with each tenant's own secret key. <c>POST /transaction/initialize</c>
/// (https://paystack.com/docs/api/transaction/#initialize; PaystackOSS/openapi) with the amount in the
/// currency's subunit, the customer's e-mail (Paystack requires one), our reference
/// (<see cref="PaystackReference"/>) — unique, so a repeat is refused rather than charged twice — the
/// booking page as <c>callback_url</c> and the booking in <c>metadata</c>. A webhook is accepted only when
/// its reference names a tenant set up for Paystack and that tenant's payment for exactly this
/// transaction, its <c>x-paystack-signature</c> holds (<see cref="PaystackSignature"/>), and — for
/// <c>charge.success</c> — Paystack's own <c>GET /transaction/verify/{reference}</c>
/// (https://paystack.com/docs/payments/verify-payments/) answers <c>success</c> for it; the verified amount
/// and currency go to the payment's anomaly check, and the event with the reference de-duplicates
/// (Paystack's events carry no id). <c>refund.processed</c> is recorded; other refund events are
/// ignored. Refunds: <c>POST /refund</c> with the transaction's reference and the amount
/// (https://paystack.com/docs/payments/refunds/); Paystack takes no idempotency key, so a refusal
/// (including a retry of a refund that went through: the transaction has nothing left to refund)
/// becomes a manual refund for the owner rather than a second call. Paystack has no call to close a
/// transaction, so expiring one does nothing. UNCONFIRMED and so not relied on: Paystack's webhook
/// source addresses (the signature and the verify call suffice) and the query parameters of its callback.
/// </summary>
internal sealed class PaystackGateway(PaystackApi api, GatewayTenants tenants, IClock clock) : IPaymentGateway
{
    public const string SecretKey = "secretKey";
    private static readonly string[] Currencies = ["ZAR", "NGN", "GHS", "KES", "USD"];

    public PaymentGatewayKind Kind => PaymentGatewayKind.Paystack;

    public IReadOnlyList<string> CredentialNames { get; } = [SecretKey];

    public bool Accepts(string currency) => Currencies.Contains(currency);

    public Task<bool> IsConfiguredForAsync(string tenantId, CancellationToken cancellationToken) =>
        tenants.IsConfiguredAsync(this, tenantId, cancellationToken);

    public async Task<CheckoutSession> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var secrets = await tenants.RequireAsync(this, request.TenantId, cancellationToken);
        JsonNode data;
        try
        {
            data = await api.InitializeAsync(secrets[SecretKey], Transaction(request, PaystackReference.For(request.TenantId, request.BookingId)), cancellationToken);
        }
        catch (GatewayRefusedException refused) when (refused.Code == "duplicate_reference")
        {
            // The first attempt's answer was lost, so nobody holds its page: a fresh reference replaces it.
            var attempt = clock.GetCurrentInstant().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
            data = await api.InitializeAsync(secrets[SecretKey], Transaction(request, PaystackReference.For(request.TenantId, request.BookingId, attempt)), cancellationToken);
        }

        return new CheckoutSession(
            data["reference"]?.ToString() ?? throw new InvalidOperationException("Paystack answered without the transaction's reference."),
            new Uri(data["authorization_url"]?.ToString() ?? throw new InvalidOperationException("Paystack answered without an authorization_url.")),
            new Dictionary<string, string>());
    }

    public async Task<WebhookVerification> VerifyWebhookAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var notice = JsonAnswers.Parse(delivery.Body);
        var type = notice?["event"]?.ToString();
        var reference = (type?.StartsWith("refund.", StringComparison.Ordinal) == true ? notice?["data"]?["transaction_reference"] : notice?["data"]?["reference"])
            ?.ToString();
        var (tenantId, bookingId) = PaystackReference.Read(reference);
        if (await tenants.FindAsync(this, tenantId, bookingId, cancellationToken) is not NotificationSubject.Known subject)
        {
            return new WebhookVerification.Rejected("The Paystack event names no transaction of a tenant set up for Paystack.");
        }

        if (!PaystackSignature.IsValid(delivery.Headers, delivery.Body, subject.Secrets[SecretKey]))
        {
            return new WebhookVerification.Rejected("The x-paystack-signature header does not match the body.");
        }

        if (subject.Payment.Checkout.Reference != reference)
        {
            return new WebhookVerification.Rejected($"Transaction {reference} is not the one the booking's checkout opened.");
        }

        return type switch
        {
            "charge.success" => await VerifiedPaymentAsync(subject, cancellationToken),
            "refund.processed" when Amount(notice?["data"]) is { } refunded => new WebhookVerification.Accepted(Event(subject,
                $"refund.processed:{notice?["data"]?["refund_reference"] ?? notice?["data"]?["id"] ?? reference}", PaymentEventKind.Refunded, null, refunded)),
            _ => new WebhookVerification.Ignored($"Paystack event {type} is not one the app acts on."),
        };
    }

    public async Task<GatewayPaymentStatus> QueryAsync(string tenantId, string checkoutReference, CancellationToken cancellationToken)
    {
        var secrets = await tenants.RequireAsync(this, tenantId, cancellationToken);
        try
        {
            var transaction = await api.VerifyAsync(secrets[SecretKey], checkoutReference, cancellationToken);
            return transaction["status"]?.ToString() == "success" && Amount(transaction) is { } amount
                ? new GatewayPaymentStatus(PaymentState.Paid, transaction["id"]?.ToString(), amount)
                : new GatewayPaymentStatus(PaymentState.AwaitingPayment, null, null);
        }
        catch (GatewayRefusedException)
        {
            return new GatewayPaymentStatus(PaymentState.AwaitingPayment, null, null);
        }
    }

    public Task ExpireCheckoutAsync(string tenantId, string checkoutReference, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<RefundOutcome> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await tenants.SecretsAsync(this, request.TenantId, cancellationToken) is not { } secrets)
        {
            return new RefundOutcome.ManualRefundRequired("The tenant's Paystack key is gone, so Paystack cannot be asked to refund.");
        }

        try
        {
            var refund = await api.RefundAsync(secrets[SecretKey], new JsonObject
            {
                ["transaction"] = request.CheckoutReference,
                ["amount"] = request.Amount.MinorUnits,
                ["currency"] = request.Amount.Currency,
                ["merchant_note"] = $"Deposit of booking {request.BookingId}",
            }, cancellationToken);
            return new RefundOutcome.Refunded(refund["id"]?.ToString() ?? $"{request.CheckoutReference}/refund");
        }
        catch (GatewayRefusedException refused)
        {
            return new RefundOutcome.ManualRefundRequired(refused.Message);
        }
    }

    private async Task<WebhookVerification> VerifiedPaymentAsync(NotificationSubject.Known subject, CancellationToken cancellationToken)
    {
        var reference = subject.Payment.Checkout.Reference;
        JsonNode transaction;
        try
        {
            transaction = await api.VerifyAsync(subject.Secrets[SecretKey], reference, cancellationToken);
        }
        catch (GatewayRefusedException refused)
        {
            return new WebhookVerification.Rejected($"Paystack's verify refused transaction {reference}: {refused.Message}");
        }

        return transaction["status"]?.ToString() == "success" && transaction["reference"]?.ToString() == reference && Amount(transaction) is { } amount
            ? new WebhookVerification.Accepted(Event(subject, $"charge.success:{reference}", PaymentEventKind.Paid, transaction["id"]?.ToString(), amount))
            : new WebhookVerification.Rejected($"Paystack's verify says transaction {reference} is {transaction["status"]}, not success.");
    }

    private PaymentEvent Event(NotificationSubject.Known subject, string eventId, PaymentEventKind kind, string? paymentId, Money amount) =>
        new(Kind, eventId, kind, subject.Payment.TenantId, subject.Payment.BookingId, subject.Payment.Checkout.Reference, paymentId, amount,
            clock.GetCurrentInstant());

    private static JsonObject Transaction(CheckoutRequest request, string reference) => new()
    {
        ["email"] = request.CustomerEmail ?? throw new InvalidOperationException("Paystack needs the customer's e-mail address to open a checkout."),
        ["amount"] = request.Amount.MinorUnits,
        ["currency"] = request.Amount.Currency,
        ["reference"] = reference,
        ["callback_url"] = request.ReturnUrl.ToString(),
        ["metadata"] = new JsonObject
        {
            ["tenantId"] = request.TenantId,
            ["bookingId"] = request.BookingId,
            ["cancel_action"] = request.CancelUrl.ToString(),
        },
    };

    /// <summary>An amount in subunits, which Paystack sends as a number (and in refund events sometimes as text).</summary>
    private static Money? Amount(JsonNode? data) =>
        data?["currency"]?.ToString() is { Length: 3 } currency
        && long.TryParse(data["amount"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            ? new Money(minor, currency)
            : null;
}
