using AppointmentBooking.Integration.Tests.Fixtures;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Saga;

/// <summary>What the saga does when the hold runs out: give the slot back, unless the deposit was paid after all.</summary>
[Collection(SharedApp.Name)]
public sealed class SagaExpiryTests(AppFixture fixture)
{
    /// <summary>Real time the hold has left when booked: enough to open the checkout (and pay) on a busy machine, short enough to wait out.</summary>
    private static readonly TimeSpan HoldLeft = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task An_unpaid_hold_expires_its_slot_is_free_again_and_its_checkout_is_closed()
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        var booking = await scenario.BookWithHoldEndingAsync(HoldLeft);
        await scenario.CheckoutAsync(booking);

        var done = await scenario.Client.WaitForProgressAsync(booking, "expired");

        Assert.Equal("expired", done.GetProperty("status").GetString());
        Assert.Equal("expired", fixture.Stripe.SessionOf(Id(booking)).Status);
        Assert.Empty((await scenario.Client.LedgersAsync()).SelectMany(l => l.Entries));
        await scenario.Client.BookOkAsync(Body(scenario.Tenant.Services[1].Id, At(9), email: "bob@example.com"));
    }

    [Fact]
    public async Task A_payment_whose_webhook_never_came_is_found_at_expiry_and_confirms_the_booking()
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        var booking = await scenario.BookWithHoldEndingAsync(HoldLeft);

        await scenario.PayAsync(booking, deliverWebhook: false);
        var done = await scenario.Client.WaitForProgressAsync(booking, "completed");

        Assert.Equal("confirmed", done.GetProperty("status").GetString());
        Assert.Null((await scenario.ClaimAsync(booking)).ExpiresAt);
    }

    [Fact]
    public async Task A_payment_that_arrives_after_the_booking_expired_is_refunded_once()
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        var booking = await scenario.BookWithHoldEndingAsync(HoldLeft);
        await scenario.CheckoutAsync(booking);
        await scenario.Client.WaitForProgressAsync(booking, "expired");

        var late = await fixture.Stripe.PayAsync(fixture.Stripe.SessionOf(Id(booking)).Id);

        Assert.Equal(System.Net.HttpStatusCode.OK, late!.StatusCode);
        var payment = await Eventually.ExpectAsync(() => scenario.PaymentAsync(booking), p => p?.State == Domain.Payments.PaymentState.Refunded);
        Assert.Equal(Domain.Payments.PaymentState.Refunded, payment!.State);
        Assert.Single(fixture.Stripe.Refunds, r => r["metadata"]!["bookingId"]!.GetValue<string>() == Id(booking));
    }
}
