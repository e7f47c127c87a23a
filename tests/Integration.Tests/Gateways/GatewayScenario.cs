using System.Text.Json;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Saga;

namespace AppointmentBooking.Integration.Tests.Gateways;

/// <summary>A deposit booking held at a tenant of one gateway, its checkout open: what each guarantee starts from.</summary>
internal sealed record GatewayScenario(GatewayDriver Gateway, SagaScenario Saga, JsonElement Booking, JsonElement Checkout)
{
    public static async Task<GatewayScenario> StartAsync(AppFixture fixture, string gateway)
    {
        var driver = GatewayDrivers.For(gateway, fixture);
        var saga = await SagaScenario.StartAsync(fixture, driver.Tenant());
        var booking = await saga.BookWithDepositAsync();
        return new GatewayScenario(driver, saga, booking, await saga.CheckoutAsync(booking));
    }

    public string BookingId => BookingClient.Id(Booking);

    public async Task<PaymentDocument> PaymentAsync() => (await Saga.PaymentAsync(Booking))!;

    /// <summary>Nothing a notification could write was written: the payment only opened, no notification recorded, the booking still held.</summary>
    public async Task AssertUntouchedAsync()
    {
        var payment = await PaymentAsync();
        Assert.Equal(PaymentState.AwaitingPayment, payment.State);
        Assert.Single(payment.History);
        Assert.Empty(await Saga.HandledWebhooksAsync());
        Assert.Equal("pendingPayment", (await Saga.Client.ReadNowAsync(Booking)).GetProperty("status").GetString());
    }
}
