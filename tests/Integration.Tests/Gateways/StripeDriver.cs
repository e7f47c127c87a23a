using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.LocalHost.Fakes.Stripe;

namespace AppointmentBooking.Integration.Tests.Gateways;

/// <summary>Stripe: signed events (<c>Stripe-Signature</c>, five minutes' tolerance) on the app's own keys.</summary>
public sealed class StripeDriver(AppFixture fixture) : GatewayDriver(fixture)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> sent = new();

    public override string Name => "stripe";

    public override bool RefusesReplays => true;

    public override TestTenant Tenant() => new() { Gateway = "stripe" };

    public override Task PayAsync(JsonElement booking, JsonElement checkout) => Fixture.Stripe.PayAsync(Session(booking).Id, deliverWebhook: false);

    /// <summary>Stripe's event of the payment: the same event (and id) each time it is delivered, signed afresh.</summary>
    public override Task<HttpResponseMessage> NotifyAsync(JsonElement booking) =>
        Fixture.Stripe.PostAsync(sent.GetOrAdd(Id(booking), _ => Completed(Session(booking))));

    public override Task<HttpResponseMessage> ForgedAsync(JsonElement booking) =>
        Fixture.Stripe.PostAsync(Completed(Paid(Session(booking))), secret: "whsec_not_the_right_one");

    public override async Task<HttpResponseMessage> TamperedAsync(JsonElement booking)
    {
        var genuine = Completed(Paid(Session(booking)));
        using var request = new HttpRequestMessage(HttpMethod.Post, App("api/webhooks/stripe"))
        {
            Content = new StringContent(genuine.Replace("\"amount_total\":12000", "\"amount_total\":1", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(StripeSignature.Header,
            StripeSignature.Sign(genuine, Fixture.Stripe.WebhookSecret, Fixture.Clock.GetCurrentInstant().ToUnixTimeSeconds()));
        return await Fixture.Client.SendAsync(request);
    }

    public override Task<HttpResponseMessage> ReplayedAsync(JsonElement booking) =>
        Fixture.Stripe.PostAsync(sent.GetOrAdd(Id(booking), _ => Completed(Session(booking))), signedAt: Fixture.Clock.GetCurrentInstant().ToDateTimeOffset().AddSeconds(-301));

    public override async Task<HttpResponseMessage> PaidOtherAmountAsync(JsonElement booking, JsonElement checkout)
    {
        await PayAsync(booking, checkout);
        return await Fixture.Stripe.PostAsync(Completed(Session(booking) with { AmountTotal = 1 }));
    }

    public override async Task<HttpResponseMessage>? PaidOtherCurrencyAsync(JsonElement booking, JsonElement checkout)
    {
        await PayAsync(booking, checkout);
        return await Fixture.Stripe.PostAsync(Completed(Session(booking) with { Currency = "usd" }));
    }

    public override int RefundsMade(string bookingId) => Fixture.Stripe.Refunds.Count(r => r["metadata"]!["bookingId"]!.GetValue<string>() == bookingId);

    private FakeStripeSession Session(JsonElement booking) => Fixture.Stripe.SessionOf(Id(booking));

    private static FakeStripeSession Paid(FakeStripeSession session) =>
        session with { Status = "complete", PaymentStatus = "paid", PaymentIntentId = session.PaymentIntentId ?? "pi_forged" };

    private string Completed(FakeStripeSession session) =>
        Fixture.Stripe.EventJson("checkout.session.completed", StripeJson.Session(session, Fixture.Stripe.PayPage(session.Id)));
}
