using System.Net;
using AppointmentBooking.Functions.Queues;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Saga;

/// <summary>The booking saga on the in-process Durable host, with the real orchestrator and activities, the fake Stripe, Cosmos and Azurite.</summary>
[Collection(SharedApp.Name)]
public sealed class BookingSagaTests(AppFixture fixture)
{
    [Fact]
    public async Task A_paid_deposit_confirms_the_booking_settles_its_claim_and_announces_it()
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        var booking = await scenario.BookWithDepositAsync();

        await scenario.PayAsync(booking);
        var done = await scenario.Client.WaitForProgressAsync(booking, "completed");

        Assert.Equal("confirmed", done.GetProperty("status").GetString());
        Assert.Equal("paid", done.GetProperty("payment").GetProperty("state").GetString());
        Assert.Null((await scenario.ClaimAsync(booking)).ExpiresAt);
        Assert.NotEmpty(fixture.QueueOutage.SentTo(QueueNames.Notifications, Id(booking)));
    }

    [Fact]
    public async Task A_booking_without_deposit_is_confirmed_by_its_saga_and_its_claim_settled()
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        var booking = await scenario.BookWithoutDepositAsync();

        await scenario.Client.WaitForProgressAsync(booking, "completed");

        Assert.Null((await scenario.ClaimAsync(booking)).ExpiresAt);
        Assert.Contains(fixture.QueueOutage.SentTo(QueueNames.Notifications, Id(booking)), m => m.Body.Contains("\"confirmation\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_payment_that_arrives_before_the_saga_started_still_confirms_the_booking()
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        fixture.QueueOutage.Begin(scenario.Tenant.TenantId);
        var booking = await scenario.BookWithDepositAsync();
        fixture.QueueOutage.End(scenario.Tenant.TenantId);

        await scenario.PayAsync(booking);

        var done = await scenario.Client.WaitForProgressAsync(booking, "completed");
        Assert.Equal("confirmed", done.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_duplicate_webhook_is_answered_and_does_nothing_twice()
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        var booking = await scenario.BookWithDepositAsync();
        await scenario.CheckoutAsync(booking);
        var session = fixture.Stripe.SessionOf(Id(booking));
        await fixture.Stripe.PayAsync(session.Id, deliverWebhook: false);
        var paid = fixture.Stripe.EventJson("checkout.session.completed",
            LocalHost.Fakes.Stripe.StripeJson.Session(fixture.Stripe.SessionOf(Id(booking)), fixture.Stripe.PayPage(session.Id)));

        var first = await fixture.Stripe.PostAsync(paid);
        var second = await fixture.Stripe.PostAsync(paid);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await scenario.Client.WaitForProgressAsync(booking, "completed");
        Assert.Single((await scenario.PaymentAsync(booking))!.History, h => h.State == Domain.Payments.PaymentState.Paid);
        Assert.Single(await scenario.HandledWebhooksAsync());
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("wrong-secret")]
    [InlineData("stale")]
    [InlineData("unsigned")]
    public async Task A_forged_webhook_is_refused_with_401_and_changes_nothing(string forgery)
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        var booking = await scenario.BookWithDepositAsync();
        await scenario.CheckoutAsync(booking);
        var session = fixture.Stripe.SessionOf(Id(booking));
        var paid = fixture.Stripe.EventJson("checkout.session.completed",
            LocalHost.Fakes.Stripe.StripeJson.Session(session with { Status = "complete", PaymentStatus = "paid", PaymentIntentId = "pi_forged" },
                fixture.Stripe.PayPage(session.Id)));

        var response = forgery switch
        {
            "tampered" => await PostTamperedAsync(paid),
            "wrong-secret" => await fixture.Stripe.PostAsync(paid, secret: "whsec_not_the_right_one"),
            "stale" => await fixture.Stripe.PostAsync(paid, signedAt: DateTimeOffset.UtcNow.AddSeconds(-301)),
            _ => await fixture.Stripe.PostAsync(paid, withSignature: false),
        };

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "webhook-rejected");
        Assert.Equal(Domain.Payments.PaymentState.AwaitingPayment, (await scenario.PaymentAsync(booking))!.State);
        Assert.Empty(await scenario.HandledWebhooksAsync());
        Assert.Equal("pendingPayment", (await scenario.Client.ReadNowAsync(booking)).GetProperty("status").GetString());
    }

    private async Task<HttpResponseMessage> PostTamperedAsync(string genuine)
    {
        var signature = LocalHost.Fakes.Stripe.StripeSignature.Sign(genuine, fixture.Stripe.WebhookSecret, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        using var request = new HttpRequestMessage(HttpMethod.Post, fixture.Stripe.WebhookUrl)
        {
            Content = new StringContent(genuine.Replace("\"amount_total\":12000", "\"amount_total\":1", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(LocalHost.Fakes.Stripe.StripeSignature.Header, signature);
        return await fixture.Client.SendAsync(request);
    }
}
