using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Yoco;
using AppointmentBooking.Functions.Tests.Infrastructure.Gateways;
using AppointmentBooking.LocalHost.Fakes;
using AppointmentBooking.LocalHost.Fakes.Yoco;
using NodaTime;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Yoco;

/// <summary>The Yoco adapter against the fake Yoco: checkouts under idempotency keys, signed webhooks, the checkout check, refunds.</summary>
public sealed class YocoGatewayTests : IAsyncLifetime
{
    private const string SecretKey = "sk_test_adapter";
    private readonly string webhookSecret = YocoReferenceSignature.NewSecret();
    private FakeYoco yoco = null!;
    private GatewayHarness harness = null!;

    private IPaymentGateway Gateway => harness.Gateway(PaymentGatewayKind.Yoco);

    private Dictionary<string, string> Query => new() { ["tenant"] = harness.TenantId };

    public async Task InitializeAsync()
    {
        yoco = await FakeServer.StartAsync(new FakeYoco(() => GatewayHarness.Now.ToDateTimeOffset())
            .WithAccount(SecretKey, webhookSecret, new Uri("https://app.example/api/webhooks/yoco")));
        harness = GatewayHarness.Start(new Dictionary<string, string?> { ["Payments:Yoco:ApiBase"] = yoco.BaseAddress.ToString() });
        harness.Credentials.Set(harness.TenantId, PaymentGatewayKind.Yoco, new() { ["secretKey"] = SecretKey, ["webhookSecret"] = webhookSecret });
    }

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        await yoco.DisposeAsync();
    }

    [Fact]
    public async Task A_checkout_is_created_once_in_cents_with_the_booking_under_its_idempotency_key()
    {
        var first = await harness.OpenAsync(PaymentGatewayKind.Yoco);
        var again = await Gateway.CreateCheckoutAsync(harness.Request(PaymentGatewayKind.Yoco), CancellationToken.None);

        Assert.Equal(first.Reference, again.Reference);
        var checkout = Assert.Single(yoco.Checkouts);
        Assert.Equal((9_000L, "ZAR", harness.BookingId), (checkout.Amount, checkout.Currency, checkout.Metadata["bookingId"]?.ToString()));
        var sent = yoco.Requests.Where(r => r.Path == "/api/checkouts").ToList();
        Assert.All(sent, r => Assert.Equal(($"Bearer {SecretKey}", $"deposit-{harness.BookingId}"), (r.Header("Authorization"), r.Header("Idempotency-Key"))));
        Assert.Equal(new Uri(yoco.BaseAddress, $"checkout/{checkout.Id}"), first.RedirectUrl);
    }

    [Fact]
    public void A_signature_made_by_the_documented_scheme_verifies()
    {
        const string body = """{"id":"evt_1","type":"payment.succeeded","payload":{"id":"p_1","amount":900,"currency":"ZAR","metadata":{"checkoutId":"ch_1"}}}""";
        var headers = new Dictionary<string, string>
        {
            ["webhook-id"] = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W",
            ["webhook-timestamp"] = "1674087231",
            ["webhook-signature"] = "v0,bm90LWEtc2lnbmF0dXJl v1,+gX7pWA8dGRhgEpdTyNtWOCLqKyumScw31RPaBBnD3w=",
        };
        var at = DateTimeOffset.FromUnixTimeSeconds(1674087231);

        Assert.Null(YocoWebhookSignature.Check(headers, body, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", at));
        Assert.Equal("v1,+gX7pWA8dGRhgEpdTyNtWOCLqKyumScw31RPaBBnD3w=",
            YocoReferenceSignature.Headers("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", 1674087231, body, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")["webhook-signature"]);
        Assert.NotNull(YocoWebhookSignature.Check(headers, body.Replace("900", "901", StringComparison.Ordinal), "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", at));
    }

    [Fact]
    public async Task A_genuine_payment_event_is_found_by_its_checkout_and_confirmed_with_yoco()
    {
        var checkout = await PaidCheckoutAsync();
        var body = yoco.EventJson(checkout);

        var verification = await Gateway.VerifyWebhookAsync(Signed(body), CancellationToken.None);

        var paid = Assert.IsType<WebhookVerification.Accepted>(verification).Event;
        Assert.Equal((PaymentEventKind.Paid, harness.BookingId, checkout.Id, checkout.PaymentId, GatewayHarness.Deposit),
            (paid.Kind, paid.BookingId, paid.CheckoutReference, paid.PaymentReference, paid.Amount));
        Assert.Contains(yoco.Requests, r => r.Method == "GET" && r.Path == $"/api/checkouts/{checkout.Id}");
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-179, true)]
    [InlineData(179, true)]
    [InlineData(-181, false)]
    [InlineData(181, false)]
    public async Task A_delivery_signed_more_than_three_minutes_from_now_is_rejected(int secondsOff, bool accepted)
    {
        var checkout = await PaidCheckoutAsync();

        var verification = await Gateway.VerifyWebhookAsync(Signed(yoco.EventJson(checkout), signedAt: harness.Clock.GetCurrentInstant() + Duration.FromSeconds(secondsOff)),
            CancellationToken.None);

        Assert.Equal(accepted, verification is WebhookVerification.Accepted);
    }

    [Theory]
    [InlineData("other secret")]
    [InlineData("tampered")]
    [InlineData("no tenant in the url")]
    [InlineData("checkout not completed")]
    [InlineData("live event for a test key")]
    public async Task A_delivery_yoco_did_not_sign_or_does_not_confirm_is_rejected(string forgery)
    {
        var checkout = forgery == "checkout not completed" ? await OpenCheckoutAsync() : await PaidCheckoutAsync();
        var body = yoco.EventJson(checkout);

        var delivery = forgery switch
        {
            "other secret" => Signed(body, secret: YocoReferenceSignature.NewSecret()),
            "tampered" => Signed(body) with { Body = body.Replace("\"amount\":9000", "\"amount\":1", StringComparison.Ordinal) },
            "no tenant in the url" => Signed(body) with { Query = new Dictionary<string, string>() },
            "live event for a test key" => Signed(body.Replace("\"mode\":\"test\"", "\"mode\":\"live\"", StringComparison.Ordinal)),
            _ => Signed(body),
        };

        Assert.IsType<WebhookVerification.Rejected>(await Gateway.VerifyWebhookAsync(delivery, CancellationToken.None));
    }

    [Fact]
    public async Task A_paid_checkout_is_found_by_asking_yoco()
    {
        var checkout = await PaidCheckoutAsync();

        var status = await Gateway.QueryAsync(harness.TenantId, checkout.Id, CancellationToken.None);

        Assert.Equal((PaymentState.Paid, GatewayHarness.Deposit), (status.State, status.Amount));
    }

    [Fact]
    public async Task A_refund_is_made_once_under_its_idempotency_key()
    {
        var checkout = await PaidCheckoutAsync();

        var first = await harness.RefundAsync(PaymentGatewayKind.Yoco, checkout.Id, checkout.PaymentId);
        var retry = await harness.RefundAsync(PaymentGatewayKind.Yoco, checkout.Id, checkout.PaymentId);

        Assert.Equal(first, retry);
        Assert.IsType<RefundOutcome.Refunded>(first);
        Assert.Single(yoco.Refunds);
        Assert.All(yoco.Requests.Where(r => r.Path.EndsWith("/refund", StringComparison.Ordinal)),
            r => Assert.Equal($"refund-{harness.BookingId}", r.Header("Idempotency-Key")));
    }

    [Fact]
    public async Task A_refund_yoco_refuses_is_left_to_the_owner()
    {
        var checkout = await OpenCheckoutAsync();

        var outcome = await harness.RefundAsync(PaymentGatewayKind.Yoco, checkout.Id, null);

        Assert.IsType<RefundOutcome.ManualRefundRequired>(outcome);
        Assert.Empty(yoco.Refunds);
    }

    private async Task<FakeYocoCheckout> OpenCheckoutAsync()
    {
        var session = await harness.OpenAsync(PaymentGatewayKind.Yoco);
        return yoco.Checkouts.Single(c => c.Id == session.Reference);
    }

    private async Task<FakeYocoCheckout> PaidCheckoutAsync()
    {
        var checkout = await OpenCheckoutAsync();
        await yoco.PayAsync(checkout.Id, deliverWebhook: false);
        return yoco.Checkouts.Single(c => c.Id == checkout.Id);
    }

    private WebhookDelivery Signed(string body, string? secret = null, Instant? signedAt = null) => GatewayHarness.Delivery(body,
        YocoReferenceSignature.Headers("msg_" + Guid.NewGuid().ToString("N")[..20], (signedAt ?? harness.Clock.GetCurrentInstant()).ToUnixTimeSeconds(), body,
            secret ?? webhookSecret), Query);
}
