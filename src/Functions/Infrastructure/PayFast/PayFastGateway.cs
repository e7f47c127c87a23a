using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.PayFast;

/// <summary>
/// Deposits through PayFast's custom integration, each tenant with its own merchant id, key and
/// passphrase. The checkout is a form the customer's browser posts to PayFast's <c>/eng/process</c>
/// (https://www.payfast.co.za/documentation/confirm-page/), signed as <see cref="PayFastSignature"/> says;
/// <c>m_payment_id</c> is the booking and <c>custom_str1</c> the tenant, both covered by the signature.
/// An ITN (https://www.payfast.co.za/documentation/itn/, checks as in PayFast's PHP SDK
/// <c>Notification::isValidNotification</c>) is accepted only when: its sender is one of PayFast's hosts
/// (<see cref="PayFastSourceAddresses"/>, switchable off for local use); it names a tenant set up for PayFast
/// and a PayFast payment of that tenant; its signature holds with the tenant's passphrase; its
/// <c>merchant_id</c> is the tenant's; and PayFast's own post-back to <c>/eng/query/validate</c> answers
/// <c>VALID</c>. Its <c>amount_gross</c> is then checked against the deposit by the payment itself (an
/// anomaly confirms nothing), and <c>pf_payment_id</c> with the status de-duplicates it. Only
/// <c>COMPLETE</c> pays; <c>FAILED</c> is a failed attempt; <c>PENDING</c> is acknowledged and ignored,
/// as another ITN follows (statuses beyond COMPLETE are UNCONFIRMED in PayFast's pages; they come from its
/// WooCommerce gateway). Refunds go through the REST API (https://developers.payfast.co.za/api, "Refunds"):
/// the refund query first — which also makes a retry after a lost answer see the refund already made —
/// then <c>POST /refunds/{pf_payment_id}</c> when the money can go back to the card; a payment PayFast can
/// only refund to a bank account, or one it refuses, becomes a manual refund for the owner. Safe choices
/// where PayFast is silent: PayFast offers no query by our own reference (only by its
/// <c>pf_payment_id</c>, which only the ITN brings) and no way to close a form checkout, so
/// <see cref="QueryAsync"/> answers "awaiting payment" (PayFast resends an ITN until it is answered 200,
/// and a payment after the hold is refunded) and <see cref="ExpireCheckoutAsync"/> does nothing.
/// The passphrase is required: PayFast's API refuses merchants without one.
/// </summary>
internal sealed partial class PayFastGateway(
    PayFastApi api, PayFastSourceAddresses sources, GatewayTenants tenants, IOptions<PayFastOptions> options, IClock clock,
    ILogger<PayFastGateway> logger) : IPaymentGateway
{
    public const string MerchantId = "merchantId";
    public const string MerchantKey = "merchantKey";
    public const string Passphrase = "passphrase";
    private const int MaxItemName = 100;

    public PaymentGatewayKind Kind => PaymentGatewayKind.PayFast;

    public IReadOnlyList<string> CredentialNames { get; } = [MerchantId, MerchantKey, Passphrase];

    public bool Accepts(string currency) => currency == "ZAR";

    public Task<bool> IsConfiguredForAsync(string tenantId, CancellationToken cancellationToken) =>
        tenants.IsConfiguredAsync(this, tenantId, cancellationToken);

    public async Task<CheckoutSession> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var secrets = await tenants.RequireAsync(this, request.TenantId, cancellationToken);
        var fields = new Dictionary<string, string>
        {
            ["merchant_id"] = secrets[MerchantId],
            ["merchant_key"] = secrets[MerchantKey],
            ["return_url"] = request.ReturnUrl.ToString(),
            ["cancel_url"] = request.CancelUrl.ToString(),
            ["notify_url"] = request.NotifyUrl.ToString(),
        };
        if (request.CustomerEmail is { } email)
        {
            fields["email_address"] = email;
        }

        fields["m_payment_id"] = request.BookingId;
        fields["amount"] = DecimalAmounts.Format(request.Amount);
        fields["item_name"] = request.Description.Length <= MaxItemName ? request.Description : request.Description[..MaxItemName];
        fields["custom_str1"] = request.TenantId;
        fields["signature"] = PayFastSignature.Checkout(fields, secrets[Passphrase]);
        return new CheckoutSession(request.BookingId, new Uri(options.Value.SiteBase, "eng/process"), fields);
    }

    public async Task<WebhookVerification> VerifyWebhookAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var itn = FormBody.Parse(delivery.Body);
        if (itn["signature"] is not { } signature)
        {
            return new WebhookVerification.Rejected("The ITN carries no signature.");
        }

        if (options.Value.CheckSourceAddress && !await sources.IsPayFastAsync(delivery.RemoteAddress, cancellationToken))
        {
            return new WebhookVerification.Rejected($"The ITN came from {delivery.RemoteAddress}, which is none of PayFast's hosts.");
        }

        return await tenants.FindAsync(this, itn["custom_str1"], itn["m_payment_id"], cancellationToken) switch
        {
            NotificationSubject.Known known => await CheckAsync(itn, signature, known, cancellationToken),
            NotificationSubject.Unknown unknown => unknown.Rejection,
            _ => throw new InvalidOperationException("Unknown notification subject."),
        };
    }

    public Task<GatewayPaymentStatus> QueryAsync(string tenantId, string checkoutReference, CancellationToken cancellationToken) =>
        Task.FromResult(new GatewayPaymentStatus(PaymentState.AwaitingPayment, null, null));

    public Task ExpireCheckoutAsync(string tenantId, string checkoutReference, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<RefundOutcome> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.PaymentReference is not { } paymentId || await tenants.SecretsAsync(this, request.TenantId, cancellationToken) is not { } secrets)
        {
            return new RefundOutcome.ManualRefundRequired("The PayFast payment id or the tenant's PayFast credentials are missing, so PayFast cannot be asked.");
        }

        try
        {
            var state = await api.RefundabilityAsync(secrets, paymentId, cancellationToken);
            if (state.Status == PayFastRefundability.Completed || state.AmountRefunded >= request.Amount.MinorUnits)
            {
                LogAlreadyRefunded(logger, request.TenantId, request.BookingId);
                return new RefundOutcome.Refunded($"{paymentId}/refund");
            }

            if (state.Status != PayFastRefundability.Refundable || state.MethodFor(request.Amount.MinorUnits) != PayFastRefundability.ToPaymentSource)
            {
                return new RefundOutcome.ManualRefundRequired(
                    $"PayFast can refund payment {paymentId} only by hand (status {state.Status}, method {state.MethodFor(request.Amount.MinorUnits) ?? "none"}).");
            }

            await api.RefundAsync(secrets, paymentId, request.Amount.MinorUnits, $"Deposit of booking {request.BookingId} refunded", cancellationToken);
            return new RefundOutcome.Refunded($"{paymentId}/refund");
        }
        catch (GatewayRefusedException refused)
        {
            return new RefundOutcome.ManualRefundRequired(refused.Message);
        }
    }

    private async Task<WebhookVerification> CheckAsync(FormBody itn, string signature, NotificationSubject.Known subject, CancellationToken cancellationToken)
    {
        if (!ConstantTime.Equal(signature, PayFastSignature.Notification(itn.Fields, subject.Secrets[Passphrase])))
        {
            return new WebhookVerification.Rejected("The ITN's signature does not match its fields.");
        }

        if (itn["merchant_id"] != subject.Secrets[MerchantId])
        {
            return new WebhookVerification.Rejected("The ITN is for another PayFast merchant.");
        }

        if (itn["pf_payment_id"] is not { Length: > 0 } paymentId || DecimalAmounts.Parse(itn["amount_gross"], "ZAR") is not { } amount)
        {
            return new WebhookVerification.Rejected("The ITN lacks its pf_payment_id or a readable amount_gross.");
        }

        if (!await api.ConfirmsAsync(PayFastSignature.NotificationParameters(itn.Fields), cancellationToken))
        {
            return new WebhookVerification.Rejected("PayFast did not confirm the ITN as VALID.");
        }

        var status = itn["payment_status"] ?? string.Empty;
        PaymentEventKind? kind = status switch
        {
            "COMPLETE" => PaymentEventKind.Paid,
            "FAILED" => PaymentEventKind.Failed,
            _ => null,
        };
        return kind is { } happened
            ? new WebhookVerification.Accepted(new PaymentEvent(Kind, $"{paymentId}:{status}", happened, subject.Payment.TenantId,
                subject.Payment.BookingId, subject.Payment.Checkout.Reference, paymentId, amount, clock.GetCurrentInstant()))
            : new WebhookVerification.Ignored($"PayFast payment {paymentId} is {status}; another ITN follows when it settles.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PayFast already refunded the deposit of tenant {TenantId} booking {BookingId}; recorded, not sent again")]
    private static partial void LogAlreadyRefunded(ILogger logger, string tenantId, string bookingId);
}
