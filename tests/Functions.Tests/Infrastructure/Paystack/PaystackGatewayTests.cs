using System.Text.Json.Nodes;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Paystack;
using AppointmentBooking.Functions.Tests.Infrastructure.Gateways;
using AppointmentBooking.LocalHost.Fakes;
using AppointmentBooking.LocalHost.Fakes.Paystack;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Paystack;

/// <summary>The Paystack adapter against the fake Paystack: initialise, the signed webhook and the verify call behind it, refunds.</summary>
public sealed class PaystackGatewayTests : IAsyncLifetime
{
    private const string SecretKey = "sk_test_paystack_adapter";
    private FakePaystack paystack = null!;
    private GatewayHarness harness = null!;

    private IPaymentGateway Gateway => harness.Gateway(PaymentGatewayKind.Paystack);

    public async Task InitializeAsync()
    {
        paystack = await FakeServer.StartAsync(new FakePaystack().WithAccount(SecretKey, new Uri("https://app.example/api/webhooks/paystack")));
        harness = GatewayHarness.Start(new Dictionary<string, string?> { ["Payments:Paystack:ApiBase"] = paystack.BaseAddress.ToString() });
        harness.Credentials.Set(harness.TenantId, PaymentGatewayKind.Paystack, new() { ["secretKey"] = SecretKey });
    }

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        await paystack.DisposeAsync();
    }

    [Fact]
    public async Task A_transaction_is_initialised_in_cents_under_a_reference_naming_tenant_and_booking()
    {
        var session = await harness.OpenAsync(PaymentGatewayKind.Paystack);

        var sent = JsonNode.Parse(paystack.Requests.Single(r => r.Path == "/transaction/initialize").Body)!;
        Assert.Equal($"{harness.TenantId}.{harness.BookingId}", session.Reference);
        Assert.Equal((9_000L, "ZAR", "ann@example.com", session.Reference), (sent["amount"]!.GetValue<long>(), sent["currency"]!.ToString(),
            sent["email"]!.ToString(), sent["reference"]!.ToString()));
        Assert.Equal($"https://book.example/salon/bookings/{harness.BookingId}?payment=done", sent["callback_url"]!.ToString());
        Assert.Equal(new Uri(paystack.BaseAddress, $"pay/{Assert.Single(paystack.Transactions).AccessCode}"), session.RedirectUrl);
    }

    [Fact]
    public async Task A_reference_paystack_already_holds_gets_a_fresh_attempt_rather_than_an_error()
    {
        await Gateway.CreateCheckoutAsync(harness.Request(PaymentGatewayKind.Paystack), CancellationToken.None);

        var again = await Gateway.CreateCheckoutAsync(harness.Request(PaymentGatewayKind.Paystack), CancellationToken.None);

        Assert.StartsWith($"{harness.TenantId}.{harness.BookingId}.", again.Reference, StringComparison.Ordinal);
        Assert.Equal(2, paystack.Transactions.Count);
    }

    [Fact]
    public void A_signature_made_by_the_documented_scheme_verifies()
    {
        const string body = """{"event":"charge.success","data":{"reference":"ref_1","amount":10000,"currency":"ZAR","status":"success"}}""";
        const string expected = "9e7d3da7c752e8fd3ff08bdec40a5c01300fe7e6f4b2fbff59553b8cc89fd81d3cbff432b6776baa2f8e64b198f9d72b70bd84371d2816438b61562cdaf00977";

        Assert.Equal(expected, PaystackReferenceSignature.Sign(body, "sk_test_abc123"));
        Assert.True(PaystackSignature.IsValid(new Dictionary<string, string> { ["x-paystack-signature"] = expected }, body, "sk_test_abc123"));
        Assert.False(PaystackSignature.IsValid(new Dictionary<string, string> { ["x-paystack-signature"] = expected }, body + " ", "sk_test_abc123"));
    }

    [Fact]
    public async Task A_genuine_charge_is_accepted_with_what_paystacks_verify_says()
    {
        var transaction = await PaidTransactionAsync();

        var verification = await Gateway.VerifyWebhookAsync(Signed(FakePaystack.EventJson(transaction)), CancellationToken.None);

        var paid = Assert.IsType<WebhookVerification.Accepted>(verification).Event;
        Assert.Equal((PaymentEventKind.Paid, harness.BookingId, GatewayHarness.Deposit, $"charge.success:{transaction.Reference}"),
            (paid.Kind, paid.BookingId, paid.Amount, paid.EventId));
        Assert.Contains(paystack.Requests, r => r.Path == $"/transaction/verify/{transaction.Reference}");
    }

    [Fact]
    public async Task A_charge_for_another_amount_is_accepted_with_the_verified_amount_for_the_payment_to_flag()
    {
        var transaction = await PaidTransactionAsync(paid: 100);

        var verification = await Gateway.VerifyWebhookAsync(Signed(FakePaystack.EventJson(transaction, amount: 9_000)), CancellationToken.None);

        Assert.Equal(100, Assert.IsType<WebhookVerification.Accepted>(verification).Event.Amount.MinorUnits);
    }

    [Theory]
    [InlineData("other key")]
    [InlineData("tampered")]
    [InlineData("unsigned")]
    [InlineData("not paid at paystack")]
    [InlineData("unknown reference")]
    public async Task A_webhook_paystack_did_not_sign_or_whose_verify_disagrees_is_rejected(string forgery)
    {
        var transaction = forgery == "not paid at paystack" ? await OpenTransactionAsync() : await PaidTransactionAsync();
        var body = FakePaystack.EventJson(transaction);

        var delivery = forgery switch
        {
            "other key" => Signed(body, "sk_test_someone_else"),
            "tampered" => Signed(body) with { Body = body.Replace("\"amount\":9000", "\"amount\":1", StringComparison.Ordinal) },
            "unsigned" => GatewayHarness.Delivery(body),
            "unknown reference" => Signed(body.Replace(harness.BookingId, "bkg-unknown", StringComparison.Ordinal)),
            _ => Signed(body),
        };

        Assert.IsType<WebhookVerification.Rejected>(await Gateway.VerifyWebhookAsync(delivery, CancellationToken.None));
    }

    [Fact]
    public async Task A_refund_is_made_once_and_a_repeat_is_left_to_the_owner_instead_of_refunding_twice()
    {
        var transaction = await PaidTransactionAsync();

        var first = await harness.RefundAsync(PaymentGatewayKind.Paystack, transaction.Reference, transaction.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var repeat = await harness.RefundAsync(PaymentGatewayKind.Paystack, transaction.Reference, null);

        Assert.IsType<RefundOutcome.Refunded>(first);
        Assert.IsType<RefundOutcome.ManualRefundRequired>(repeat);
        Assert.Equal(9_000, Assert.Single(paystack.Refunds)["amount"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_paid_transaction_is_found_by_asking_paystack()
    {
        var transaction = await PaidTransactionAsync();

        var status = await Gateway.QueryAsync(harness.TenantId, transaction.Reference, CancellationToken.None);

        Assert.Equal((PaymentState.Paid, GatewayHarness.Deposit), (status.State, status.Amount));
    }

    private async Task<FakePaystackTransaction> OpenTransactionAsync()
    {
        var session = await harness.OpenAsync(PaymentGatewayKind.Paystack);
        return paystack.Transactions.Single(t => t.Reference == session.Reference);
    }

    private async Task<FakePaystackTransaction> PaidTransactionAsync(long? paid = null)
    {
        var transaction = await OpenTransactionAsync();
        await paystack.PayAsync(transaction.Reference, deliverWebhook: false, paid: paid);
        return paystack.Transactions.Single(t => t.Reference == transaction.Reference);
    }

    private static WebhookDelivery Signed(string body, string secretKey = SecretKey) =>
        GatewayHarness.Delivery(body, new Dictionary<string, string> { [PaystackReferenceSignature.Header] = PaystackReferenceSignature.Sign(body, secretKey) });
}
