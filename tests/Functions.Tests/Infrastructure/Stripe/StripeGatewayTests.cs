using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Stripe;
using AppointmentBooking.LocalHost.Fakes;
using AppointmentBooking.LocalHost.Fakes.Stripe;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Stripe;

/// <summary>The Stripe adapter on Stripe.net against the local fake Stripe: what it sends, and what it accepts back.</summary>
public sealed class StripeGatewayTests : IAsyncLifetime
{
    private const string Secret = "sk_test_adapter";
    private const string WebhookSecret = "whsec_adapter";
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 1, 8, 0);

    private readonly FakeClock clock = new(Now);
    private FakeStripe stripe = null!;
    private StripeGateway gateway = null!;

    public async Task InitializeAsync()
    {
        stripe = await FakeServer.StartAsync(new FakeStripe(Secret, WebhookSecret, () => clock.GetCurrentInstant().ToDateTimeOffset()));
        var options = Options.Create(new StripeOptions { SecretKey = Secret, WebhookSecret = WebhookSecret, ApiBase = stripe.BaseAddress });
        gateway = new StripeGateway(new PlainHttpClients(), options, clock, NullLogger<StripeGateway>.Instance);
    }

    public async Task DisposeAsync() => await stripe.DisposeAsync();

    [Fact]
    public async Task A_checkout_carries_the_booking_the_deposit_and_an_idempotency_key_and_is_opened_once()
    {
        var first = await gateway.CreateCheckoutAsync(Request(), CancellationToken.None);
        var again = await gateway.CreateCheckoutAsync(Request(), CancellationToken.None);

        var sent = stripe.Requests.First(r => r.Path == "/v1/checkout/sessions");
        var form = Uri.UnescapeDataString(sent.Body);
        Assert.Contains("metadata[bookingId]=bkg-1", form);
        Assert.Contains("metadata[tenantId]=tnt-1", form);
        Assert.Contains("line_items[0][price_data][unit_amount]=9000", form);
        Assert.Contains("line_items[0][price_data][currency]=zar", form);
        Assert.Equal("deposit-bkg-1", sent.Header("Idempotency-Key"));
        Assert.Equal($"Bearer {Secret}", sent.Header("Authorization"));
        Assert.Equal(first.Reference, again.Reference);
        Assert.Single(stripe.Sessions);
    }

    [Fact]
    public async Task A_session_lives_at_least_the_thirty_minutes_Stripe_requires_however_short_the_hold()
    {
        await gateway.CreateCheckoutAsync(Request(), CancellationToken.None);

        Assert.True(Instant.FromUnixTimeSeconds(Assert.Single(stripe.Sessions).ExpiresAt) >= Now + Duration.FromMinutes(30));
    }

    [Fact]
    public async Task A_paid_session_is_found_by_asking_and_expiring_it_afterwards_is_harmless()
    {
        var checkout = await gateway.CreateCheckoutAsync(Request(), CancellationToken.None);
        await stripe.PayAsync(checkout.Reference, deliverWebhook: false);

        var status = await gateway.QueryAsync("tnt-1", checkout.Reference, CancellationToken.None);
        await gateway.ExpireCheckoutAsync("tnt-1", checkout.Reference, CancellationToken.None);

        Assert.Equal(PaymentState.Paid, status.State);
        Assert.Equal(new Money(9_000, "ZAR"), status.Amount);
        Assert.Equal("complete", Assert.Single(stripe.Sessions).Status);
    }

    [Fact]
    public async Task A_refund_names_the_payment_and_the_same_key_refunds_once()
    {
        var checkout = await gateway.CreateCheckoutAsync(Request(), CancellationToken.None);
        await stripe.PayAsync(checkout.Reference, deliverWebhook: false);
        var paymentIntent = Assert.Single(stripe.Sessions).PaymentIntentId;
        var refund = new RefundRequest("tnt-1", "bkg-1", checkout.Reference, paymentIntent, new Money(9_000, "ZAR"), "refund-bkg-1");

        var first = await gateway.RefundAsync(refund, CancellationToken.None);
        var second = await gateway.RefundAsync(refund, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(stripe.Refunds);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(299, true)]
    [InlineData(301, false)]
    public async Task A_signed_event_is_accepted_within_five_minutes_of_its_signature(int secondsOld, bool accepted)
    {
        var checkout = await gateway.CreateCheckoutAsync(Request(), CancellationToken.None);
        await stripe.PayAsync(checkout.Reference, deliverWebhook: false);
        var body = stripe.EventJson("checkout.session.completed", StripeJson.Session(Assert.Single(stripe.Sessions), stripe.PayPage(checkout.Reference)));
        var header = StripeSignature.Sign(body, WebhookSecret, (Now - Duration.FromSeconds(secondsOld)).ToUnixTimeSeconds());

        var verification = await gateway.VerifyWebhookAsync(Delivery(body, header), CancellationToken.None);

        if (accepted)
        {
            var paid = Assert.IsType<WebhookVerification.Accepted>(verification).Event;
            Assert.Equal((PaymentEventKind.Paid, "bkg-1", "tnt-1", checkout.Reference), (paid.Kind, paid.BookingId, paid.TenantId, paid.CheckoutReference));
        }
        else
        {
            Assert.IsType<WebhookVerification.Rejected>(verification);
        }
    }

    [Fact]
    public async Task An_event_about_something_else_is_acknowledged_and_ignored()
    {
        var body = stripe.EventJson("customer.created", new System.Text.Json.Nodes.JsonObject { ["id"] = "cus_1", ["object"] = "customer" });

        var verification = await gateway.VerifyWebhookAsync(Delivery(body, StripeSignature.Sign(body, WebhookSecret, Now.ToUnixTimeSeconds())), CancellationToken.None);

        Assert.IsType<WebhookVerification.Ignored>(verification);
    }

    [Fact]
    public async Task Without_keys_the_gateway_says_it_is_not_configured()
    {
        var unconfigured = new StripeGateway(new PlainHttpClients(), Options.Create(new StripeOptions { SecretKey = "not-configured" }), clock,
            NullLogger<StripeGateway>.Instance);

        Assert.False(await unconfigured.IsConfiguredForAsync("tnt-1", CancellationToken.None));
        Assert.True(await gateway.IsConfiguredForAsync("tnt-1", CancellationToken.None));
    }

    private static CheckoutRequest Request() => new("tnt-1", "bkg-1", new Money(9_000, "ZAR"), "Deposit: Cut at Salon", "ann@example.com",
        new Uri("https://book.example/salon/bookings/bkg-1?payment=done"), new Uri("https://book.example/salon/bookings/bkg-1?payment=cancelled"),
        new Uri("https://app.example/api/webhooks/stripe"), new Uri("https://app.example/api/payments/stripe/return?tenant=tnt-1&booking=bkg-1"),
        Now + Duration.FromMinutes(15), "deposit-bkg-1");

    private static WebhookDelivery Delivery(string body, string signature) => new(
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Stripe-Signature"] = signature }, body, new Dictionary<string, string>(), "127.0.0.1");

    private sealed class PlainHttpClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
