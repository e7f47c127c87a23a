using System.Net;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Tests.Infrastructure.Gateways;
using AppointmentBooking.LocalHost.Fakes;
using AppointmentBooking.LocalHost.Fakes.Netcash;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Netcash;

/// <summary>The Netcash adapter against the fake Netcash: the Pay Now form, unsigned posts checked server to server, manual refunds.</summary>
public sealed class NetcashGatewayTests : IAsyncLifetime
{
    private const string ServiceKey = "6f9ac4f5-9c41-4e8b-9a1f-0c1d2e3f4a5b";
    private const string VendorKey = "24ade73c-98cf-47b3-99be-cc7b867b3080";
    private FakeNetcash netcash = null!;
    private GatewayHarness harness = null!;

    private IPaymentGateway Gateway => harness.Gateway(PaymentGatewayKind.Netcash);

    public async Task InitializeAsync()
    {
        netcash = await FakeServer.StartAsync(new FakeNetcash().WithAccount(ServiceKey, new Uri("https://app.example/api/webhooks/netcash"), null));
        harness = Harness(VendorKey);
    }

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        await netcash.DisposeAsync();
    }

    [Fact]
    public async Task The_pay_now_form_carries_the_service_and_vendor_keys_our_reference_the_amount_and_the_booking()
    {
        var session = await harness.OpenAsync(PaymentGatewayKind.Netcash);

        var form = session.FormFields;
        Assert.Equal(new Uri(netcash.BaseAddress, "site/paynow.aspx"), session.RedirectUrl);
        Assert.Equal((ServiceKey, VendorKey, harness.BookingId, "90.00", "Y"), (form["m1"], form["m2"], form["p2"], form["p4"], form["Budget"]));
        Assert.Equal((harness.TenantId, harness.BookingId), (form["m4"], form["m5"]));
        Assert.True(form["p3"].Length <= 50);
        Assert.Equal(HttpStatusCode.OK, (await netcash.SubmitAsync(form)).StatusCode);
    }

    [Fact]
    public async Task A_notify_post_is_accepted_only_as_netcashs_status_check_reports_it()
    {
        var transaction = await PaidTransactionAsync();

        var verification = await VerifyAsync(FakeNetcash.NotifyFields(transaction));

        var paid = Assert.IsType<WebhookVerification.Accepted>(verification).Event;
        Assert.Equal((PaymentEventKind.Paid, harness.BookingId, transaction.RequestTrace, GatewayHarness.Deposit),
            (paid.Kind, paid.BookingId, paid.EventId, paid.Amount));
        Assert.Contains(netcash.Requests, r => r.Path == "/PayNow/TransactionStatus/Check" && r.Query.Contains(transaction.RequestTrace, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_customer_who_posted_a_smaller_amount_is_reported_with_the_amount_netcash_took()
    {
        var form = (await harness.OpenAsync(PaymentGatewayKind.Netcash)).FormFields.ToDictionary();
        form["p4"] = "1.00";
        await netcash.SubmitAsync(form);
        await netcash.PayAsync(harness.BookingId, deliverNotify: false);

        var verification = await VerifyAsync(FakeNetcash.NotifyFields(netcash.TransactionOf(harness.BookingId)));

        Assert.Equal(100, Assert.IsType<WebhookVerification.Accepted>(verification).Event.Amount.MinorUnits);
    }

    [Theory]
    [InlineData("unknown trace")]
    [InlineData("unpaid trace")]
    [InlineData("other reference")]
    [InlineData("unknown tenant")]
    public async Task A_post_netcash_does_not_confirm_is_rejected(string forgery)
    {
        var transaction = forgery == "unpaid trace" ? await OpenTransactionAsync() : await PaidTransactionAsync();
        var fields = FakeNetcash.NotifyFields(transaction, accepted: true).ToDictionary();
        switch (forgery)
        {
            case "unknown trace":
                fields["RequestTrace"] = Guid.NewGuid().ToString();
                break;
            case "other reference":
                fields["Reference"] = "bkg-other";
                break;
            case "unknown tenant":
                fields["Extra1"] = "tnt-unknown";
                break;
        }

        Assert.IsType<WebhookVerification.Rejected>(await VerifyAsync(fields));
    }

    [Fact]
    public async Task A_declined_payment_is_a_failed_attempt()
    {
        await OpenTransactionAsync();
        await netcash.SettleAsync(harness.BookingId, accepted: false, deliverNotify: false);

        var verification = await VerifyAsync(FakeNetcash.NotifyFields(netcash.TransactionOf(harness.BookingId)));

        Assert.Equal(PaymentEventKind.Failed, Assert.IsType<WebhookVerification.Accepted>(verification).Event.Kind);
    }

    [Fact]
    public async Task Refunds_are_left_to_the_owner_and_without_a_vendor_key_netcash_is_not_set_up()
    {
        var refund = await harness.RefundAsync(PaymentGatewayKind.Netcash, harness.BookingId, "trace-1");
        await harness.DisposeAsync();
        harness = Harness(vendorKey: "");

        Assert.Contains("Netcash", Assert.IsType<RefundOutcome.ManualRefundRequired>(refund).Reason, StringComparison.Ordinal);
        Assert.False(await Gateway.IsConfiguredForAsync(harness.TenantId, CancellationToken.None));
    }

    private GatewayHarness Harness(string vendorKey)
    {
        var started = GatewayHarness.Start(new Dictionary<string, string?>
        {
            ["Payments:Netcash:PayNowUrl"] = new Uri(netcash.BaseAddress, "site/paynow.aspx").ToString(),
            ["Payments:Netcash:ServicesBase"] = netcash.BaseAddress.ToString(),
            ["Payments:Netcash:SoftwareVendorKey"] = vendorKey,
        });
        started.Credentials.Set(started.TenantId, PaymentGatewayKind.Netcash, new() { ["serviceKey"] = ServiceKey });
        return started;
    }

    private async Task<FakeNetcashTransaction> OpenTransactionAsync()
    {
        var session = await harness.OpenAsync(PaymentGatewayKind.Netcash);
        await netcash.SubmitAsync(session.FormFields);
        return netcash.TransactionOf(harness.BookingId);
    }

    private async Task<FakeNetcashTransaction> PaidTransactionAsync()
    {
        await OpenTransactionAsync();
        await netcash.PayAsync(harness.BookingId, deliverNotify: false);
        return netcash.TransactionOf(harness.BookingId);
    }

    private async Task<WebhookVerification> VerifyAsync(IEnumerable<KeyValuePair<string, string>> fields) =>
        await Gateway.VerifyWebhookAsync(GatewayHarness.Delivery(await new FormUrlEncodedContent(fields).ReadAsStringAsync()), CancellationToken.None);
}
