using AppointmentBooking.Integration.Tests.Fixtures;

namespace AppointmentBooking.Integration.Tests.Gateways;

/// <summary>Each gateway through the booking saga: a genuine payment confirms the booking; a booking undone after it refunds once.</summary>
[Collection(SharedApp.Name)]
public sealed class GatewaySagaTests(AppFixture fixture)
{
    public static TheoryData<string> Gateways => GatewayDrivers.All;

    [Theory]
    [MemberData(nameof(Gateways))]
    public async Task A_genuine_notification_confirms_the_booking_through_the_saga(string gateway)
    {
        var scenario = await GatewayScenario.StartAsync(fixture, gateway);
        await scenario.Gateway.PayAsync(scenario.Booking, scenario.Checkout);

        Assert.Equal(scenario.Gateway.Acknowledged, (await scenario.Gateway.NotifyAsync(scenario.Booking)).StatusCode);
        var done = await scenario.Saga.Client.WaitForProgressAsync(scenario.Booking, "completed");

        Assert.Equal(("confirmed", "paid", gateway), (done.GetProperty("status").GetString(), done.GetProperty("payment").GetProperty("state").GetString(),
            done.GetProperty("payment").GetProperty("gateway").GetString()!.ToLowerInvariant()));
    }

    [Theory]
    [MemberData(nameof(Gateways))]
    public async Task A_booking_undone_after_its_deposit_was_paid_is_refunded_exactly_once(string gateway)
    {
        var scenario = await GatewayScenario.StartAsync(fixture, gateway);
        fixture.Calendar.Busy(scenario.BookingId);
        await scenario.Gateway.PayAsync(scenario.Booking, scenario.Checkout);

        await scenario.Gateway.NotifyAsync(scenario.Booking);
        var done = await scenario.Saga.Client.WaitForProgressAsync(scenario.Booking, "undone");

        Assert.Equal(("cancelled", scenario.Gateway.RefundedState),
            (done.GetProperty("status").GetString(), done.GetProperty("payment").GetProperty("state").GetString()));
        Assert.Equal(scenario.Gateway.RefundedState == "refunded" ? 1 : 0, scenario.Gateway.RefundsMade(scenario.BookingId));
        Assert.Single((await scenario.PaymentAsync()).History, h => h.State is Domain.Payments.PaymentState.Refunded or Domain.Payments.PaymentState.ManualRefundRequired);
    }
}
