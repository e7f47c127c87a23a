using System.Net;
using AppointmentBooking.Functions.Queues;
using AppointmentBooking.Integration.Tests.Fixtures;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Saga;

/// <summary>Retries, compensation and refunds: each side effect happens once, whatever fails and runs again.</summary>
[Collection(SharedApp.Name)]
public sealed class SagaCompensationTests(AppFixture fixture)
{
    [Fact]
    public async Task A_calendar_that_fails_three_times_then_answers_gets_the_booking_once()
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        var booking = await scenario.BookWithDepositAsync();
        fixture.Calendar.FailThenSync(Id(booking), failures: 3);

        await scenario.PayAsync(booking);
        var done = await scenario.Client.WaitForProgressAsync(booking, "completed");

        Assert.Equal("confirmed", done.GetProperty("status").GetString());
        Assert.Equal(4, fixture.Calendar.Attempts(Id(booking)));
    }

    [Fact]
    public async Task A_busy_calendar_undoes_the_booking_refunds_once_frees_the_slot_and_offers_other_times()
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        var booking = await scenario.BookWithDepositAsync();
        fixture.Calendar.Busy(Id(booking));

        await scenario.PayAsync(booking);
        var done = await scenario.Client.WaitForProgressAsync(booking, "undone");

        Assert.Equal("cancelled", done.GetProperty("status").GetString());
        Assert.Equal("refunded", done.GetProperty("payment").GetProperty("state").GetString());
        Assert.Single(fixture.Stripe.Refunds, r => r["metadata"]!["bookingId"]!.GetValue<string>() == Id(booking));
        Assert.Empty((await scenario.Client.LedgersAsync()).SelectMany(l => l.Entries));
        Assert.Contains(fixture.QueueOutage.SentTo(QueueNames.Notifications, Id(booking)), m => m.Body.Contains("\"bookingUndone\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refund_whose_record_fails_after_the_gateway_refunded_runs_again_and_refunds_once()
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        var booking = await scenario.BookWithDepositAsync();
        fixture.Calendar.Busy(Id(booking));
        fixture.CosmosFaults.FailNext(
            r => CosmosFaultInjector.IsReplaceOf(r, "pay-" + Id(booking)) && CosmosFaultInjector.Writes(r, "\"state\":\"refunded\""),
            HttpStatusCode.ServiceUnavailable);

        await scenario.PayAsync(booking);
        var done = await scenario.Client.WaitForProgressAsync(booking, "undone");

        Assert.Equal(0, fixture.CosmosFaults.Pending);
        Assert.Equal("refunded", done.GetProperty("payment").GetProperty("state").GetString());
        Assert.Single(fixture.Stripe.Refunds, r => r["metadata"]!["bookingId"]!.GetValue<string>() == Id(booking));
    }

    [Fact]
    public async Task A_confirmation_whose_write_fails_after_settling_the_claim_runs_again_and_confirms_once()
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        var booking = await scenario.BookWithDepositAsync();
        await scenario.CheckoutAsync(booking);
        fixture.CosmosFaults.FailNext(
            r => CosmosFaultInjector.IsReplaceOf(r, Id(booking)) && CosmosFaultInjector.Writes(r, "\"status\":\"confirmed\""),
            HttpStatusCode.ServiceUnavailable);

        await fixture.Stripe.PayAsync(fixture.Stripe.SessionOf(Id(booking)).Id);
        var done = await scenario.Client.WaitForProgressAsync(booking, "completed");

        Assert.Equal(0, fixture.CosmosFaults.Pending);
        Assert.Equal("confirmed", done.GetProperty("status").GetString());
        Assert.Null((await scenario.ClaimAsync(booking)).ExpiresAt);
        Assert.Single((await scenario.Client.LedgersAsync()).SelectMany(l => l.Entries));
    }

    [Fact]
    public async Task Cancelling_a_paid_booking_within_the_window_refunds_the_deposit_once()
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        var booking = await scenario.BookWithDepositAsync();
        await scenario.PayAsync(booking);
        await scenario.Client.WaitForProgressAsync(booking, "completed");

        await scenario.Client.ActAsync(booking, "cancel");
        await scenario.Client.ActAsync(booking, "cancel");

        var payment = await Eventually.ExpectAsync(() => scenario.PaymentAsync(booking), p => p?.State == Domain.Payments.PaymentState.Refunded);
        Assert.Equal(Domain.Payments.PaymentState.Refunded, payment!.State);
        Assert.Single(fixture.Stripe.Refunds, r => r["metadata"]!["bookingId"]!.GetValue<string>() == Id(booking));
    }
}
