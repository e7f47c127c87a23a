namespace AppointmentBooking.Domain.Payments;

/// <summary>
/// One payment gateway, as the booking saga needs it: open a deposit checkout, verify and read its
/// notifications, ask about a checkout directly, close it, and refund. Adapters throw on transient
/// failures (the caller retries); their answers are final.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>Which gateway this is.</summary>
    PaymentGatewayKind Kind { get; }

    /// <summary>
    /// The names of the tenant's own credentials this gateway needs (tenant settings accept these and no
    /// others); empty when it works with the app's own keys.
    /// </summary>
    IReadOnlyList<string> CredentialNames { get; }

    /// <summary>Whether the gateway can take payments in <paramref name="currency"/> (ISO 4217).</summary>
    bool Accepts(string currency);

    /// <summary>Whether the app has what it needs to use this gateway for the tenant (credentials, settings).</summary>
    Task<bool> IsConfiguredForAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Opens a checkout for the deposit; the same idempotency key opens it once.</summary>
    Task<CheckoutSession> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken);

    /// <summary>Checks a notification came from the gateway and unchanged, and reads what it says.</summary>
    Task<WebhookVerification> VerifyWebhookAsync(WebhookDelivery delivery, CancellationToken cancellationToken);

    /// <summary>Asks the gateway how a checkout stands.</summary>
    Task<GatewayPaymentStatus> QueryAsync(string tenantId, string checkoutReference, CancellationToken cancellationToken);

    /// <summary>Closes an open checkout so it can no longer be paid; closing a closed one does nothing.</summary>
    Task ExpireCheckoutAsync(string tenantId, string checkoutReference, CancellationToken cancellationToken);

    /// <summary>Returns money to the customer; the same idempotency key refunds once.</summary>
    Task<RefundOutcome> RefundAsync(RefundRequest request, CancellationToken cancellationToken);
}
