using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Stripe;
using Stripe.Checkout;

namespace AppointmentBooking.Functions.Infrastructure.Stripe;

/// <summary>
/// Deposits through Stripe Checkout, on Stripe.net. A Checkout Session rather than a bare PaymentIntent:
/// Stripe recommends Sessions for a hosted payment page (https://docs.stripe.com/payments/checkout-sessions-and-payment-intents-comparison),
/// the customer leaves our page for Stripe's, and Stripe reports the outcome by webhook
/// (https://docs.stripe.com/checkout/fulfillment). Sessions live 30 minutes to 24 hours
/// (https://docs.stripe.com/api/checkout/sessions/expire), so a shorter hold is ended by the saga expiring
/// the session itself. Every write carries an idempotency key derived from the booking
/// (https://docs.stripe.com/idempotency). Webhooks are checked with Stripe.net's signature check and a
/// 300-second tolerance against the injected clock.
/// </summary>
internal sealed partial class StripeGateway(
    IHttpClientFactory http, IOptions<StripeOptions> options, IClock clock, ILogger<StripeGateway> logger)
    : IPaymentGateway
{
    private const long ToleranceSeconds = 300;
    private static readonly Duration ShortestSession = Duration.FromMinutes(31);

    private StripeClient? client;

    public PaymentGatewayKind Kind => PaymentGatewayKind.Stripe;

    /// <summary>Built on first use, so an app without Stripe keys still starts (and says Stripe is not configured).</summary>
    private StripeClient Client => client ??= new StripeClient(new StripeClientOptions
    {
        ApiKey = SecretSetting.IsConfigured(options.Value.SecretKey)
            ? options.Value.SecretKey
            : throw new InvalidOperationException("Setting Payments:Stripe:SecretKey is not configured."),
        ApiBase = options.Value.ApiBase.ToString().TrimEnd('/'),
        HttpClient = new SystemNetHttpClient(http.CreateClient(nameof(StripeGateway))),
    });

    /// <summary>Stripe works with the app's own keys; tenants give it none.</summary>
    public IReadOnlyList<string> CredentialNames { get; } = [];

    public bool Accepts(string currency) => currency.Length == 3;

    public Task<bool> IsConfiguredForAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult(SecretSetting.IsConfigured(options.Value.SecretKey) && SecretSetting.IsConfigured(options.Value.WebhookSecret));

    public async Task<CheckoutSession> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var metadata = new Dictionary<string, string> { [StripeEventReader.TenantKey] = request.TenantId, [StripeEventReader.BookingKey] = request.BookingId };
        var session = await new SessionService(Client).CreateAsync(new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = request.BookingId,
            CustomerEmail = request.CustomerEmail,
            SuccessUrl = request.ReturnUrl.ToString(),
            CancelUrl = request.CancelUrl.ToString(),
            ExpiresAt = Instant.Max(request.ExpiresAt, clock.GetCurrentInstant() + ShortestSession).ToDateTimeUtc(),
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = metadata },
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = request.Amount.Currency.ToLowerInvariant(),
                        UnitAmount = request.Amount.MinorUnits,
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = request.Description },
                    },
                },
            ],
        }, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken);
        return new CheckoutSession(session.Id, new Uri(session.Url), new Dictionary<string, string>());
    }

    public Task<WebhookVerification> VerifyWebhookAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (!delivery.Headers.TryGetValue("Stripe-Signature", out var signature) || !SecretSetting.IsConfigured(options.Value.WebhookSecret))
        {
            return Task.FromResult<WebhookVerification>(new WebhookVerification.Rejected("The Stripe-Signature header is missing."));
        }

        try
        {
            EventUtility.ValidateSignature(delivery.Body, signature, options.Value.WebhookSecret, ToleranceSeconds,
                clock.GetCurrentInstant().ToUnixTimeSeconds());
        }
        catch (StripeException exception)
        {
            return Task.FromResult<WebhookVerification>(new WebhookVerification.Rejected(exception.Message));
        }

        return Task.FromResult(Parse(delivery.Body));
    }

    public async Task<GatewayPaymentStatus> QueryAsync(string tenantId, string checkoutReference, CancellationToken cancellationToken)
    {
        var session = await new SessionService(Client).GetAsync(checkoutReference, cancellationToken: cancellationToken);
        return session switch
        {
            { Status: "complete", PaymentStatus: "paid" } => new GatewayPaymentStatus(
                PaymentState.Paid, session.PaymentIntentId, new Money(session.AmountTotal ?? 0, session.Currency)),
            { Status: "expired" } => new GatewayPaymentStatus(PaymentState.Expired, null, null),
            _ => new GatewayPaymentStatus(PaymentState.AwaitingPayment, null, null),
        };
    }

    public async Task ExpireCheckoutAsync(string tenantId, string checkoutReference, CancellationToken cancellationToken)
    {
        try
        {
            await new SessionService(Client).ExpireAsync(checkoutReference, null,
                new RequestOptions { IdempotencyKey = $"expire-{checkoutReference}" }, cancellationToken);
        }
        catch (StripeException exception) when (exception.HttpStatusCode == System.Net.HttpStatusCode.BadRequest)
        {
            // Only open sessions can be expired; a completed or expired one needs nothing.
            LogNotOpen(logger, checkoutReference, exception.StripeError?.Message);
        }
    }

    public async Task<RefundOutcome> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var refund = await new RefundService(Client).CreateAsync(new RefundCreateOptions
        {
            PaymentIntent = request.PaymentReference ?? throw new InvalidOperationException($"Booking {request.BookingId} has no Stripe payment to refund."),
            Amount = request.Amount.MinorUnits,
            Reason = "requested_by_customer",
            Metadata = new Dictionary<string, string> { [StripeEventReader.TenantKey] = request.TenantId, [StripeEventReader.BookingKey] = request.BookingId },
        }, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken);
        return new RefundOutcome.Refunded(refund.Id);
    }

    /// <summary>The signature holds, so the body is Stripe's: one the app cannot read is logged and acknowledged, never retried forever.</summary>
    private WebhookVerification Parse(string body)
    {
        try
        {
            return StripeEventReader.Read(EventUtility.ParseEvent(body, throwOnApiVersionMismatch: false));
        }
        catch (Exception exception) when (exception is StripeException or Newtonsoft.Json.JsonException or NullReferenceException or ArgumentException)
        {
            LogUnreadable(logger, exception);
            return new WebhookVerification.Ignored("A signed Stripe event the app cannot read.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stripe session {CheckoutReference} was not open, so there was nothing to expire: {Reason}")]
    private static partial void LogNotOpen(ILogger logger, string checkoutReference, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "A correctly signed Stripe event could not be read; it was acknowledged and ignored")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);
}
