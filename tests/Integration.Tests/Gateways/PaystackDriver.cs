using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.LocalHost.Fakes.Paystack;

namespace AppointmentBooking.Integration.Tests.Gateways;

/// <summary>Paystack: a redirect checkout; webhooks signed with the account's secret key, confirmed by the verify call.</summary>
public sealed class PaystackDriver(AppFixture fixture) : GatewayDriver(fixture)
{
    public override string Name => "paystack";

    public override TestTenant Tenant()
    {
        var secretKey = "sk_test_" + Suffix();
        Fixture.Paystack.WithAccount(secretKey, App("api/webhooks/paystack"));
        return new TestTenant { Gateway = "paystack", Credentials = new Dictionary<string, string> { ["secretKey"] = secretKey } };
    }

    public override Task PayAsync(JsonElement booking, JsonElement checkout) => Fixture.Paystack.PayAsync(Transaction(booking).Reference, deliverWebhook: false);

    public override Task<HttpResponseMessage> NotifyAsync(JsonElement booking) =>
        Fixture.Paystack.DeliverAsync(Transaction(booking), FakePaystack.EventJson(Transaction(booking)));

    public override Task<HttpResponseMessage> ForgedAsync(JsonElement booking) =>
        Fixture.Paystack.DeliverAsync(Transaction(booking), FakePaystack.EventJson(Transaction(booking)), secretKey: "sk_test_someone_else");

    public override Task<HttpResponseMessage> TamperedAsync(JsonElement booking) =>
        Fixture.Paystack.DeliverAsync(Transaction(booking), FakePaystack.EventJson(Transaction(booking)),
            alterAfterSigning: body => body.Replace("\"amount\":12000", "\"amount\":1", StringComparison.Ordinal));

    public override Task<HttpResponseMessage> ReplayedAsync(JsonElement booking) => NotifyAsync(booking);

    public override async Task<HttpResponseMessage> PaidOtherAmountAsync(JsonElement booking, JsonElement checkout) =>
        (await Fixture.Paystack.PayAsync(Transaction(booking).Reference, paid: 100))!;

    public override async Task<HttpResponseMessage>? PaidOtherCurrencyAsync(JsonElement booking, JsonElement checkout) =>
        (await Fixture.Paystack.PayAsync(Transaction(booking).Reference, currency: "NGN"))!;

    public override Task<HttpResponseMessage>? UnconfirmedAsync(JsonElement booking, JsonElement checkout) => NotifyAsync(booking);

    public override int RefundsMade(string bookingId) =>
        Fixture.Paystack.Refunds.Count(r => r["transaction"]!["reference"]!.ToString() == Fixture.Paystack.TransactionOf(bookingId).Reference);

    private FakePaystackTransaction Transaction(JsonElement booking) => Fixture.Paystack.TransactionOf(Id(booking));
}
