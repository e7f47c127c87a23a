using System.Net;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.PayFast;
using AppointmentBooking.Functions.Tests.Infrastructure.Gateways;
using AppointmentBooking.LocalHost.Fakes;
using AppointmentBooking.LocalHost.Fakes.PayFast;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Tests.Infrastructure.PayFast;

/// <summary>The PayFast adapter against the fake PayFast: the form it signs, the ITNs it accepts and refuses, and its refunds.</summary>
public sealed class PayFastGatewayTests : IAsyncLifetime
{
    private const string MerchantId = "10000100";
    private const string Passphrase = "jt7NOE43FZPn";
    private static readonly IPAddress PayFastAddress = IPAddress.Parse("197.97.145.145");

    private FakePayFast payFast = null!;
    private GatewayHarness harness = null!;
    private bool checkSource;

    private IPaymentGateway Gateway => harness.Gateway(PaymentGatewayKind.PayFast);

    public async Task InitializeAsync()
    {
        payFast = await FakeServer.StartAsync(new FakePayFast().WithMerchant(MerchantId, "46f0cd694581a", Passphrase));
        harness = Harness(checkSource: false);
    }

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        await payFast.DisposeAsync();
    }

    [Fact]
    public async Task The_checkout_form_carries_the_deposit_booking_and_tenant_and_a_signature_payfast_accepts()
    {
        var session = await harness.OpenAsync(PaymentGatewayKind.PayFast);

        var form = session.FormFields;
        Assert.Equal(new Uri(payFast.BaseAddress, "eng/process"), session.RedirectUrl);
        Assert.Equal((MerchantId, "90.00", harness.BookingId, harness.TenantId), (form["merchant_id"], form["amount"], form["m_payment_id"], form["custom_str1"]));
        Assert.Equal("https://app.example/api/webhooks/payfast", form["notify_url"]);
        Assert.Equal(PayFastReferenceSignature.Checkout(form, FakePayFast.CheckoutFieldOrder, Passphrase), form["signature"]);
        Assert.Equal(HttpStatusCode.OK, (await payFast.SubmitAsync(form)).StatusCode);
    }

    [Fact]
    public async Task A_customer_who_changes_the_amount_in_the_form_is_turned_away_by_payfast()
    {
        var form = (await harness.OpenAsync(PaymentGatewayKind.PayFast)).FormFields.ToDictionary();
        form["amount"] = "1.00";

        Assert.Equal(HttpStatusCode.BadRequest, (await payFast.SubmitAsync(form)).StatusCode);
        Assert.Empty(payFast.Payments);
    }

    [Fact]
    public async Task A_genuine_itn_is_accepted_as_paid_with_payfasts_payment_id_and_amount()
    {
        await PaidCheckoutAsync();

        var verification = await VerifyAsync(payFast.Itn(payFast.ItnFields(harness.BookingId)));

        var paid = Assert.IsType<WebhookVerification.Accepted>(verification).Event;
        var pfPaymentId = payFast.PaymentOf(harness.BookingId).PfPaymentId;
        Assert.Equal((PaymentEventKind.Paid, harness.TenantId, harness.BookingId, pfPaymentId, GatewayHarness.Deposit),
            (paid.Kind, paid.TenantId, paid.BookingId, paid.PaymentReference, paid.Amount));
        Assert.Equal($"{pfPaymentId}:COMPLETE", paid.EventId);
        Assert.Single(payFast.Requests, r => r.Path == "/eng/query/validate");
    }

    [Fact]
    public async Task An_itn_paying_another_amount_is_accepted_with_that_amount_for_the_payment_to_flag()
    {
        await PaidCheckoutAsync();

        var verification = await VerifyAsync(payFast.Itn(payFast.ItnFields(harness.BookingId, amountGross: "1.00")));

        Assert.Equal(100, Assert.IsType<WebhookVerification.Accepted>(verification).Event.Amount.MinorUnits);
    }

    [Theory]
    [InlineData("wrong passphrase")]
    [InlineData("tampered")]
    [InlineData("unsigned")]
    [InlineData("not sent by PayFast")]
    [InlineData("other merchant")]
    public async Task An_itn_payfast_did_not_send_unchanged_is_rejected(string forgery)
    {
        await PaidCheckoutAsync();
        var fields = payFast.ItnFields(harness.BookingId);

        var itn = forgery switch
        {
            "wrong passphrase" => payFast.Itn(fields, passphrase: "not-the-passphrase"),
            "tampered" => payFast.Itn(fields, alterAfterSigning: f => [.. f.Select(x => x.Name == "amount_gross" ? (x.Name, "1.00") : x)]),
            "unsigned" => payFast.Itn(fields, withSignature: false),
            "not sent by PayFast" => payFast.Itn(fields, remember: false),
            _ => payFast.Itn([.. fields.Select(x => x.Name == "merchant_id" ? (x.Name, "10000999") : x)], passphrase: Passphrase),
        };

        Assert.IsType<WebhookVerification.Rejected>(await VerifyAsync(itn));
    }

    [Fact]
    public async Task An_itn_naming_an_unknown_tenant_or_booking_is_rejected_before_payfast_is_asked()
    {
        await PaidCheckoutAsync();
        var fields = payFast.ItnFields(harness.BookingId);

        var otherTenant = await VerifyAsync(payFast.Itn([.. fields.Select(x => x.Name == "custom_str1" ? (x.Name, "tnt-unknown") : x)]));
        var otherBooking = await VerifyAsync(payFast.Itn([.. fields.Select(x => x.Name == "m_payment_id" ? (x.Name, "bkg-unknown") : x)], passphrase: Passphrase));

        Assert.IsType<WebhookVerification.Rejected>(otherTenant);
        Assert.IsType<WebhookVerification.Rejected>(otherBooking);
        Assert.DoesNotContain(payFast.Requests, r => r.Path == "/eng/query/validate");
    }

    [Theory]
    [InlineData("197.97.145.145", true)]
    [InlineData("::ffff:197.97.145.145", true)]
    [InlineData("10.9.8.7", false)]
    [InlineData(null, false)]
    public async Task With_the_source_check_on_only_itns_from_payfasts_hosts_are_accepted(string? sender, bool accepted)
    {
        await harness.DisposeAsync();
        harness = Harness(checkSource: true);
        await PaidCheckoutAsync();

        var verification = await VerifyAsync(payFast.Itn(payFast.ItnFields(harness.BookingId)), sender);

        Assert.Equal(accepted, verification is WebhookVerification.Accepted);
    }

    [Theory]
    [InlineData("PENDING", null)]
    [InlineData("FAILED", PaymentEventKind.Failed)]
    public async Task A_pending_itn_is_acknowledged_and_ignored_and_a_failed_one_is_a_failed_attempt(string status, PaymentEventKind? kind)
    {
        await PaidCheckoutAsync();

        var verification = await VerifyAsync(payFast.Itn(payFast.ItnFields(harness.BookingId, status)));

        Assert.Equal(kind, (verification as WebhookVerification.Accepted)?.Event.Kind);
        Assert.IsNotType<WebhookVerification.Rejected>(verification);
    }

    [Fact]
    public async Task A_refund_asks_first_then_refunds_to_the_card_once_and_a_retry_finds_it_made()
    {
        var pfPaymentId = await PaidCheckoutAsync();

        var first = await harness.RefundAsync(PaymentGatewayKind.PayFast, harness.BookingId, pfPaymentId);
        var retry = await harness.RefundAsync(PaymentGatewayKind.PayFast, harness.BookingId, pfPaymentId);

        Assert.IsType<RefundOutcome.Refunded>(first);
        Assert.IsType<RefundOutcome.Refunded>(retry);
        Assert.Equal((pfPaymentId, 9_000L), Assert.Single(payFast.Refunds));
        var refund = payFast.Requests.Single(r => r.Method == "POST" && r.Path == $"/refunds/{pfPaymentId}");
        Assert.Equal(("10000100", "v1", "?testing=true"), (refund.Header("merchant-id"), refund.Header("version"), refund.Query));
        Assert.Equal("2026-12-01T10:00:00+02:00", refund.Header("timestamp"));
    }

    [Fact]
    public async Task A_payment_payfast_can_only_pay_back_to_a_bank_account_is_a_manual_refund()
    {
        var pfPaymentId = await PaidCheckoutAsync();
        payFast.RefundMethod = "BANK_PAYOUT";

        var outcome = await harness.RefundAsync(PaymentGatewayKind.PayFast, harness.BookingId, pfPaymentId);

        Assert.Contains("BANK_PAYOUT", Assert.IsType<RefundOutcome.ManualRefundRequired>(outcome).Reason, StringComparison.Ordinal);
        Assert.Empty(payFast.Refunds);
    }

    [Fact]
    public async Task A_tenant_without_all_three_credentials_is_not_set_up_for_payfast()
    {
        harness.Credentials.Set(harness.TenantId, PaymentGatewayKind.PayFast, new() { ["merchantId"] = MerchantId, ["merchantKey"] = "46f0cd694581a" });

        Assert.False(await Gateway.IsConfiguredForAsync(harness.TenantId, CancellationToken.None));
        Assert.False(await Gateway.IsConfiguredForAsync("tnt-nobody", CancellationToken.None));
        Assert.True(Gateway.Accepts("ZAR"));
        Assert.False(Gateway.Accepts("USD"));
    }

    private GatewayHarness Harness(bool checkSource)
    {
        this.checkSource = checkSource;
        var started = GatewayHarness.Start(new Dictionary<string, string?>
        {
            ["Payments:PayFast:SiteBase"] = payFast.BaseAddress.ToString(),
            ["Payments:PayFast:ApiBase"] = payFast.BaseAddress.ToString(),
            ["Payments:PayFast:CheckSourceAddress"] = checkSource.ToString(),
        }, services => services.AddSingleton<HostAddressLookup>((host, _) =>
            Task.FromResult(host == "w1w.payfast.co.za" ? [PayFastAddress] : Array.Empty<IPAddress>())));
        started.Credentials.Set(started.TenantId, PaymentGatewayKind.PayFast,
            new() { ["merchantId"] = MerchantId, ["merchantKey"] = "46f0cd694581a", ["passphrase"] = Passphrase });
        return started;
    }

    /// <summary>Opens the checkout, submits it as the browser would and pays it without the ITN; returns PayFast's payment id.</summary>
    private async Task<string> PaidCheckoutAsync()
    {
        var session = await harness.OpenAsync(PaymentGatewayKind.PayFast);
        await payFast.SubmitAsync(session.FormFields);
        await payFast.PayAsync(harness.BookingId, deliverItn: false);
        return payFast.PaymentOf(harness.BookingId).PfPaymentId!;
    }

    private async Task<WebhookVerification> VerifyAsync(IReadOnlyList<KeyValuePair<string, string>> itn, string? sender = "197.97.145.145")
    {
        var body = await new FormUrlEncodedContent(itn).ReadAsStringAsync();
        return await Gateway.VerifyWebhookAsync(GatewayHarness.Delivery(body, remoteAddress: checkSource ? sender : "127.0.0.1"), CancellationToken.None);
    }
}
