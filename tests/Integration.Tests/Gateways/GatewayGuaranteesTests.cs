using System.Net;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;

namespace AppointmentBooking.Integration.Tests.Gateways;

/// <summary>
/// The guarantees every gateway's notifications keep, asserted once over all six (each driven through its
/// local fake by its own scheme): a forged, tampered or replayed notification is refused with 401 — or, where a
/// replay cannot be told from a redelivery, acknowledged — and writes nothing; a duplicate does nothing twice; a
/// payment of another amount or currency is an anomaly and confirms nothing; a notification the gateway's own
/// server does not confirm changes nothing.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class GatewayGuaranteesTests(AppFixture fixture)
{
    public static TheoryData<string> Gateways => GatewayDrivers.All;

    public static TheoryData<string> GatewaysWithCurrency => GatewayDrivers.WithCurrency;

    public static TheoryData<string> GatewaysThatConfirm => GatewayDrivers.WithServerConfirmation;

    [Theory]
    [MemberData(nameof(Gateways))]
    public async Task A_forged_notification_is_refused_with_401_and_writes_nothing(string gateway)
    {
        var scenario = await GatewayScenario.StartAsync(fixture, gateway);
        await scenario.Gateway.PayAsync(scenario.Booking, scenario.Checkout);

        var response = await scenario.Gateway.ForgedAsync(scenario.Booking);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "webhook-rejected");
        await scenario.AssertUntouchedAsync();
    }

    [Theory]
    [MemberData(nameof(Gateways))]
    public async Task A_tampered_notification_is_refused_with_401_and_writes_nothing(string gateway)
    {
        var scenario = await GatewayScenario.StartAsync(fixture, gateway);
        await scenario.Gateway.PayAsync(scenario.Booking, scenario.Checkout);

        var response = await scenario.Gateway.TamperedAsync(scenario.Booking);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "webhook-rejected");
        await scenario.AssertUntouchedAsync();
    }

    [Theory]
    [MemberData(nameof(Gateways))]
    public async Task A_duplicate_notification_is_acknowledged_and_does_nothing_twice(string gateway)
    {
        var scenario = await GatewayScenario.StartAsync(fixture, gateway);
        await scenario.Gateway.PayAsync(scenario.Booking, scenario.Checkout);

        var first = await scenario.Gateway.NotifyAsync(scenario.Booking);
        var second = await scenario.Gateway.NotifyAsync(scenario.Booking);

        Assert.Equal((scenario.Gateway.Acknowledged, scenario.Gateway.Acknowledged), (first.StatusCode, second.StatusCode));
        var payment = await scenario.PaymentAsync();
        Assert.Single(payment.History, h => h.State == PaymentState.Paid);
        Assert.Single(await scenario.Saga.HandledWebhooksAsync());
    }

    [Theory]
    [MemberData(nameof(Gateways))]
    public async Task A_replayed_notification_changes_nothing(string gateway)
    {
        var scenario = await GatewayScenario.StartAsync(fixture, gateway);
        await scenario.Gateway.PayAsync(scenario.Booking, scenario.Checkout);
        await scenario.Gateway.NotifyAsync(scenario.Booking);
        var before = (await scenario.PaymentAsync()).History.Count;

        var replayed = await scenario.Gateway.ReplayedAsync(scenario.Booking);

        if (scenario.Gateway.RefusesReplays)
        {
            await replayed.AssertProblemAsync(HttpStatusCode.Unauthorized, "webhook-rejected");
        }
        else
        {
            Assert.Equal(scenario.Gateway.Acknowledged, replayed.StatusCode);
        }

        Assert.Equal(before, (await scenario.PaymentAsync()).History.Count);
        Assert.Single(await scenario.Saga.HandledWebhooksAsync());
    }

    [Theory]
    [MemberData(nameof(Gateways))]
    public async Task A_payment_of_another_amount_is_an_anomaly_and_confirms_nothing(string gateway)
    {
        var scenario = await GatewayScenario.StartAsync(fixture, gateway);

        var response = await scenario.Gateway.PaidOtherAmountAsync(scenario.Booking, scenario.Checkout);

        Assert.Equal(scenario.Gateway.Acknowledged, response.StatusCode);
        await AssertAnomalyAsync(scenario);
    }

    [Theory]
    [MemberData(nameof(GatewaysWithCurrency))]
    public async Task A_payment_in_another_currency_is_an_anomaly_and_confirms_nothing(string gateway)
    {
        var scenario = await GatewayScenario.StartAsync(fixture, gateway);

        var response = await scenario.Gateway.PaidOtherCurrencyAsync(scenario.Booking, scenario.Checkout)!;

        Assert.Equal(scenario.Gateway.Acknowledged, response.StatusCode);
        await AssertAnomalyAsync(scenario);
    }

    [Theory]
    [MemberData(nameof(GatewaysThatConfirm))]
    public async Task A_notification_the_gateways_server_does_not_confirm_changes_nothing(string gateway)
    {
        var scenario = await GatewayScenario.StartAsync(fixture, gateway);

        var response = await scenario.Gateway.UnconfirmedAsync(scenario.Booking, scenario.Checkout)!;

        Assert.Equal(scenario.Gateway.UnconfirmedStatus, response.StatusCode);
        await scenario.AssertUntouchedAsync();
    }

    private static async Task AssertAnomalyAsync(GatewayScenario scenario)
    {
        var payment = await scenario.PaymentAsync();
        Assert.Equal(PaymentState.AwaitingPayment, payment.State);
        Assert.Contains(payment.History, h => h.Note.StartsWith("Anomaly", StringComparison.Ordinal));
        Assert.Equal("pendingPayment", (await scenario.Saga.Client.ReadNowAsync(scenario.Booking)).GetProperty("status").GetString());
    }
}
