using System.Net;
using System.Text.Json;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Functions.Queues;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;
using AppointmentBooking.Integration.Tests.Saga;
using NodaTime;

namespace AppointmentBooking.Integration.Tests.Manage;

/// <summary>What the business does to bookings: confirm, complete, no-show, cancel with or without refund.</summary>
[Collection(SharedApp.Name)]
public sealed class BookingActionsTests(AppFixture fixture) : IDisposable
{
    private static readonly LocalDate Day = SystemClock.Instance.GetCurrentInstant().InUtc().Date.PlusDays(7);

    public void Dispose() => fixture.Clock.Reset();

    [Fact]
    public async Task Cancelling_a_paid_booking_with_refund_frees_the_slot_and_refunds_the_deposit_once_at_the_gateway()
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        var booking = await scenario.BookWithDepositAsync(hour: 10);
        await scenario.PayAsync(booking);
        await scenario.Client.WaitForProgressAsync(booking, "completed");
        var owner = await fixture.OwnerOfAsync(scenario.Tenant);
        var path = $"/api/manage/tenants/{scenario.Tenant.TenantId}/bookings/{BookingClient.Id(booking)}/cancel";

        var cancelled = await ManageClient.OkAsync(await owner.PostAsync(path, new { refund = true }));
        await ManageClient.OkAsync(await owner.PostAsync(path, new { refund = true }));

        Assert.Equal(("cancelled", true), (cancelled.GetProperty("status").GetString(), cancelled.GetProperty("refundRequested").GetBoolean()));
        var payment = await Eventually.ExpectAsync(() => scenario.PaymentAsync(booking), p => p?.State == PaymentState.Refunded);
        Assert.Equal(PaymentState.Refunded, payment!.State);
        Assert.Single(fixture.Stripe.Refunds, r => r["metadata"]!["bookingId"]!.GetValue<string>() == BookingClient.Id(booking));
        await scenario.Client.BookOkAsync(BookingClient.Body(scenario.Tenant.Services[0].Id, BookingClient.At(10), email: "bob@example.com"));
    }

    [Fact]
    public async Task A_hold_the_business_confirms_goes_on_as_a_paid_one_its_saga_completes_and_the_customer_is_told()
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        var customer = Notifications.NotificationScenario.Address("walk-in");
        var booking = await scenario.BookWithDepositAsync(hour: 12, email: customer);
        await scenario.Client.WaitForProgressAsync(booking, "awaiting-deposit");
        var owner = await fixture.OwnerOfAsync(scenario.Tenant);

        var confirmed = await ManageClient.OkAsync(
            await owner.PostAsync($"/api/manage/tenants/{scenario.Tenant.TenantId}/bookings/{BookingClient.Id(booking)}/confirm"));

        Assert.Equal("confirmed", confirmed.GetProperty("status").GetString());
        var done = await scenario.Client.WaitForProgressAsync(booking, "completed");
        Assert.Equal("confirmed", done.GetProperty("status").GetString());
        var mails = await fixture.Mail.WaitForAsync(customer, 2);
        Assert.Contains(mails, m => m.Subject!.StartsWith("Booked: Colour", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancelling_without_refund_keeps_the_deposit_and_asks_for_nothing()
    {
        var salon = await DepositSalonAsync();
        var id = (await salon.BookAsync(new LocalStart(Day, 11))).GetProperty("id").GetString()!;

        var cancelled = await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path($"/bookings/{id}/cancel"), new { refund = false }));

        Assert.False(cancelled.GetProperty("refundRequested").GetBoolean());
        var stored = await fixture.Store.ReadAsync<AppointmentDocument>(salon.TenantId, id, CancellationToken.None);
        Assert.DoesNotContain(stored!.Outbox, m => m.Destination == QueueNames.Payments);
    }

    [Fact]
    public async Task A_stylist_marks_their_booking_completed_or_no_show_only_once_it_started()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var email = $"ann-{Guid.NewGuid():N}@example.test";
        var stylist = await salon.MemberAsync(email, "staff", salon.StaffId);
        var first = (await salon.BookAsync(new LocalStart(Day, 9))).GetProperty("id").GetString()!;
        var second = (await salon.BookAsync(new LocalStart(Day, 11), "bob@example.com")).GetProperty("id").GetString()!;

        await (await stylist.PostAsync(salon.Path($"/bookings/{first}/complete"))).AssertProblemAsync(HttpStatusCode.Conflict, "change-refused");
        fixture.Clock.Advance(Duration.FromDays(8));
        stylist = stylist.As(fixture.Token(email));
        var owner = salon.Owner.As(fixture.Token(salon.OwnerEmail));
        var completed = await ManageClient.OkAsync(await stylist.PostAsync(salon.Path($"/bookings/{first}/complete")));
        var noShow = await ManageClient.OkAsync(await stylist.PostAsync(salon.Path($"/bookings/{second}/no-show")));

        Assert.Equal(("completed", "noShow"), (completed.GetProperty("status").GetString(), noShow.GetProperty("status").GetString()));
        await (await stylist.PostAsync(salon.Path($"/bookings/{second}/cancel"), new { refund = false })).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await owner.PostAsync(salon.Path($"/bookings/{second}/complete"))).AssertProblemAsync(HttpStatusCode.Conflict, "change-refused");
    }

    [Fact]
    public async Task A_stale_if_match_on_an_action_is_412_and_the_booking_is_unchanged()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var id = (await salon.BookAsync(new LocalStart(Day, 14))).GetProperty("id").GetString()!;
        await salon.SettleAsync();

        var response = await salon.Owner.SendAsync(HttpMethod.Post, salon.Path($"/bookings/{id}/cancel"), new { refund = false }, ifMatch: "\"not-the-etag\"");

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition-failed");
        Assert.Equal("confirmed", (await salon.Owner.ReadAsync(salon.Path($"/bookings/{id}"))).Body.GetProperty("status").GetString());
    }

    /// <summary>A salon whose service asks a 20 % deposit on R400.</summary>
    private async Task<ManagedSalon> DepositSalonAsync()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        await salon.ChoosePaymentsAsync(new { gateway = "stripe" });
        var path = salon.Path($"/services/{salon.ServiceId}");
        var (_, etag) = await salon.Owner.ReadAsync(path);
        await ManageClient.OkAsync(await salon.Owner.PutAsync(path,
            new { name = "Cut", durationMinutes = 60, priceMinor = 40_000, deposit = new { kind = "percentage", percent = 20 } }, etag));
        return salon;
    }
}
