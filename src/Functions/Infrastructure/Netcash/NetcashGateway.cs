using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Configuration;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Netcash;

/// <summary>
/// Deposits through Netcash Pay Now (https://api.netcash.co.za/inbound-payments/pay-now/pay-now-ecommerce),
/// each tenant with its own Pay Now service key. The checkout is a form the browser posts to Pay Now:
/// <c>m1</c> the service key, <c>m2</c> the platform's software vendor key, <c>p2</c> our unique reference
/// (the booking), <c>p3</c> the description (Netcash cuts it at 50), <c>p4</c> the amount in rands,
/// <c>Budget=Y</c>, <c>m4</c>/<c>m5</c> the tenant and booking (echoed as <c>Extra1</c>/<c>Extra2</c>),
/// <c>m9</c> the e-mail and <c>m10</c> the tenant and booking for the Accept and Decline pages (fields as in
/// Netcash's own paynow-php library). Netcash posts the outcome to the Notify URL set in the tenant's
/// Netcash account (<c>api/webhooks/netcash</c>; the Accept and Decline URLs go to <c>api/payments/netcash/return</c>)
/// and signs nothing (https://api.netcash.co.za/inbound-payments/pay-now/accept-response), so no post is
/// trusted alone: it must name a tenant set up for Netcash and that tenant's Netcash payment with the
/// same reference, and Netcash's transaction status check (<see cref="NetcashApi"/>) must report the same
/// trace and reference — only then does its answer (never the post's) say whether it was paid and how
/// much, for the payment's anomaly check; the trace de-duplicates. An unknown or mismatched trace is
/// refused. Netcash offers no query by our reference and no way to close a form checkout, so
/// <see cref="QueryAsync"/> answers "awaiting payment" and expiring does nothing. Refunds: Netcash's card
/// refund service wants a Netcash transaction id whose source is UNCONFIRMED (and its result codes too),
/// so the safe choice is a manual refund for the owner, never a guessed call.
/// </summary>
internal sealed class NetcashGateway(NetcashApi api, GatewayTenants tenants, IOptions<NetcashOptions> options, IClock clock) : IPaymentGateway
{
    public const string ServiceKey = "serviceKey";
    private const int MaxDescription = 50;

    public PaymentGatewayKind Kind => PaymentGatewayKind.Netcash;

    public IReadOnlyList<string> CredentialNames { get; } = [ServiceKey];

    public bool Accepts(string currency) => currency == "ZAR";

    public async Task<bool> IsConfiguredForAsync(string tenantId, CancellationToken cancellationToken) =>
        SecretSetting.IsConfigured(options.Value.SoftwareVendorKey) && await tenants.IsConfiguredAsync(this, tenantId, cancellationToken);

    public async Task<CheckoutSession> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var secrets = await tenants.RequireAsync(this, request.TenantId, cancellationToken);
        var fields = new Dictionary<string, string>
        {
            ["m1"] = secrets[ServiceKey],
            ["m2"] = options.Value.SoftwareVendorKey ?? throw new InvalidOperationException("Setting Payments:Netcash:SoftwareVendorKey is required."),
            ["p2"] = request.BookingId,
            ["p3"] = request.Description.Length <= MaxDescription ? request.Description : request.Description[..MaxDescription],
            ["p4"] = DecimalAmounts.Format(request.Amount),
            ["Budget"] = "Y",
            ["m4"] = request.TenantId,
            ["m5"] = request.BookingId,
            ["m10"] = $"{GatewayUrlQuery.Tenant}={request.TenantId}&{GatewayUrlQuery.Booking}={request.BookingId}",
        };
        if (request.CustomerEmail is { } email)
        {
            fields["m9"] = email;
        }

        return new CheckoutSession(request.BookingId, options.Value.PayNowUrl, fields);
    }

    public async Task<WebhookVerification> VerifyWebhookAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var post = FormBody.Parse(delivery.Body);
        var subject = await tenants.FindAsync(this, post["Extra1"], post["Extra2"], cancellationToken);
        if (subject is not NotificationSubject.Known { Payment: var payment })
        {
            return new WebhookVerification.Rejected("The Netcash post names no Netcash payment of a tenant set up for it.");
        }

        if (post["RequestTrace"] is not { Length: > 0 } trace || post["Reference"] != payment.Checkout.Reference)
        {
            return new WebhookVerification.Rejected("The Netcash post lacks its trace or names another reference.");
        }

        var status = await api.StatusAsync(trace, cancellationToken);
        if (status?["RequestTrace"]?.ToString() != trace || status["Reference"]?.ToString() != payment.Checkout.Reference)
        {
            return new WebhookVerification.Rejected($"Netcash does not confirm trace {trace} for reference {payment.Checkout.Reference}.");
        }

        var accepted = string.Equals(status["TransactionAccepted"]?.ToString(), "true", StringComparison.OrdinalIgnoreCase);
        var reason = status["Reason"]?.ToString() ?? string.Empty;
        if (!accepted && reason.Contains("pending", StringComparison.OrdinalIgnoreCase))
        {
            return new WebhookVerification.Ignored($"Netcash trace {trace} is pending; Netcash posts again when it settles.");
        }

        return DecimalAmounts.Parse(status["Amount"]?.ToString(), "ZAR") is { } amount
            ? new WebhookVerification.Accepted(new PaymentEvent(Kind, trace, accepted ? PaymentEventKind.Paid : PaymentEventKind.Failed, payment.TenantId,
                payment.BookingId, payment.Checkout.Reference, trace, amount, clock.GetCurrentInstant()))
            : new WebhookVerification.Rejected($"Netcash's status of trace {trace} has no readable amount.");
    }

    public Task<GatewayPaymentStatus> QueryAsync(string tenantId, string checkoutReference, CancellationToken cancellationToken) =>
        Task.FromResult(new GatewayPaymentStatus(PaymentState.AwaitingPayment, null, null));

    public Task ExpireCheckoutAsync(string tenantId, string checkoutReference, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<RefundOutcome> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult<RefundOutcome>(new RefundOutcome.ManualRefundRequired(
            $"Refund {DecimalAmounts.Format(request.Amount)} {request.Amount.Currency} of Netcash transaction {request.PaymentReference ?? request.CheckoutReference} from the Netcash account."));
    }
}
