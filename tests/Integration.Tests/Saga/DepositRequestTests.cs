using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Notifications;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Saga;

/// <summary>The customer of a held booking is told the deposit and where to pay it, once, and nobody else is.</summary>
[Collection(SharedApp.Name)]
public sealed class DepositRequestTests(AppFixture fixture)
{
    [Fact]
    public async Task A_held_booking_sends_its_customer_one_deposit_request_with_the_amount_and_a_link_to_pay()
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        var customer = NotificationScenario.Address("payer");

        var booking = await scenario.BookWithDepositAsync(email: customer);

        var mail = Assert.Single(await fixture.Mail.WaitForAsync(customer));
        Assert.StartsWith("Deposit due: Colour", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("ZAR 120.00", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/{scenario.Tenant.Slug}/bookings/{Id(booking)}#token=", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("pendingPayment", (await scenario.Client.ReadNowAsync(booking)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_booking_without_a_deposit_asks_for_no_money()
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        var customer = NotificationScenario.Address("no-deposit");

        var booking = await scenario.BookWithoutDepositAsync(10, customer);
        await scenario.Client.WaitForProgressAsync(booking, "completed");

        var mail = Assert.Single(await fixture.Mail.WaitForAsync(customer));
        Assert.StartsWith("Booked: Cut", mail.Subject, StringComparison.Ordinal);
    }
}
