using AppointmentBooking.Domain.Payments;

namespace AppointmentBooking.Functions.Tests.Application.Fakes;

/// <summary>A payment gateway in memory: opens checkouts and records refunds; can be made unconfigured.</summary>
internal sealed class RecordingGateway : IPaymentGateway
{
    public bool Configured { get; set; } = true;

    public List<RefundRequest> Refunds { get; } = [];

    public PaymentGatewayKind Kind => PaymentGatewayKind.Stripe;

    public IReadOnlyList<string> CredentialNames { get; } = [];

    public bool Accepts(string currency) => true;

    public Task<bool> IsConfiguredForAsync(string tenantId, CancellationToken cancellationToken) => Task.FromResult(Configured);

    public Task<CheckoutSession> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new CheckoutSession($"cs-{request.BookingId}", new Uri($"https://pay.example/{request.BookingId}"), new Dictionary<string, string>()));

    public Task<WebhookVerification> VerifyWebhookAsync(WebhookDelivery delivery, CancellationToken cancellationToken) =>
        Task.FromResult<WebhookVerification>(new WebhookVerification.Rejected("Not used by these tests."));

    public Task<GatewayPaymentStatus> QueryAsync(string tenantId, string checkoutReference, CancellationToken cancellationToken) =>
        Task.FromResult(new GatewayPaymentStatus(PaymentState.AwaitingPayment, null, null));

    public Task ExpireCheckoutAsync(string tenantId, string checkoutReference, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<RefundOutcome> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        Refunds.Add(request);
        return Task.FromResult<RefundOutcome>(new RefundOutcome.Refunded($"re-{request.BookingId}"));
    }
}
