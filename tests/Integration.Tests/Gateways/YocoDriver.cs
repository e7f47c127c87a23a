using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.LocalHost.Fakes.Yoco;

namespace AppointmentBooking.Integration.Tests.Gateways;

/// <summary>Yoco: a redirect checkout; webhooks signed Standard-Webhooks style to the URL the tenant registered, confirmed by reading the checkout.</summary>
public sealed class YocoDriver(AppFixture fixture) : GatewayDriver(fixture)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> sent = new();

    public override string Name => "yoco";

    public override bool RefusesReplays => true;

    public override TestTenant Tenant()
    {
        var (secretKey, webhookSecret) = ("sk_test_" + Suffix(), YocoReferenceSignature.NewSecret());
        var tenant = new TestTenant
        {
            Gateway = "yoco",
            Credentials = new Dictionary<string, string> { ["secretKey"] = secretKey, ["webhookSecret"] = webhookSecret },
        };
        Fixture.Yoco.WithAccount(secretKey, webhookSecret, App($"api/webhooks/yoco?tenant={tenant.TenantId}"));
        return tenant;
    }

    public override Task PayAsync(JsonElement booking, JsonElement checkout) => Fixture.Yoco.PayAsync(Checkout(booking).Id, deliverWebhook: false);

    /// <summary>Yoco's event of the payment: the same event (and id) each time it is delivered, signed afresh.</summary>
    public override Task<HttpResponseMessage> NotifyAsync(JsonElement booking) => Fixture.Yoco.DeliverAsync(Checkout(booking), Event(booking));

    public override Task<HttpResponseMessage> ForgedAsync(JsonElement booking) =>
        Fixture.Yoco.DeliverAsync(Checkout(booking), Fixture.Yoco.EventJson(Checkout(booking)), secret: YocoReferenceSignature.NewSecret());

    public override Task<HttpResponseMessage> TamperedAsync(JsonElement booking) =>
        Fixture.Yoco.DeliverAsync(Checkout(booking), Fixture.Yoco.EventJson(Checkout(booking)),
            alterAfterSigning: body => body.Replace("\"amount\":12000", "\"amount\":1", StringComparison.Ordinal));

    public override Task<HttpResponseMessage> ReplayedAsync(JsonElement booking) =>
        Fixture.Yoco.DeliverAsync(Checkout(booking), Event(booking),
            signedAt: Fixture.Clock.GetCurrentInstant().ToDateTimeOffset().AddMinutes(-4));

    public override async Task<HttpResponseMessage> PaidOtherAmountAsync(JsonElement booking, JsonElement checkout)
    {
        await PayAsync(booking, checkout);
        return await Fixture.Yoco.DeliverAsync(Checkout(booking), Fixture.Yoco.EventJson(Checkout(booking), amount: 100));
    }

    public override async Task<HttpResponseMessage>? PaidOtherCurrencyAsync(JsonElement booking, JsonElement checkout)
    {
        await PayAsync(booking, checkout);
        return await Fixture.Yoco.DeliverAsync(Checkout(booking), Fixture.Yoco.EventJson(Checkout(booking), currency: "USD"));
    }

    public override Task<HttpResponseMessage>? UnconfirmedAsync(JsonElement booking, JsonElement checkout) =>
        Fixture.Yoco.DeliverAsync(Checkout(booking), Fixture.Yoco.EventJson(Checkout(booking)));

    public override int RefundsMade(string bookingId) =>
        Fixture.Yoco.Refunds.Count(r => r["id"]!.ToString() == Fixture.Yoco.CheckoutOf(bookingId).Id);

    private FakeYocoCheckout Checkout(JsonElement booking) => Fixture.Yoco.CheckoutOf(Id(booking));

    private string Event(JsonElement booking) => sent.GetOrAdd(Id(booking), _ => Fixture.Yoco.EventJson(Checkout(booking)));
}
