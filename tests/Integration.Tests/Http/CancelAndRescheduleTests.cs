using System.Net;
using System.Text.Json;
using AppointmentBooking.Functions.Application.Common;
using AppointmentBooking.Integration.Tests.Fixtures;
using NodaTime;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Http;

[Collection(SharedApp.Name)]
public sealed class CancelAndRescheduleTests(AppFixture fixture)
{
    [Fact]
    public async Task Cancel_frees_the_slot_and_records_refund_eligibility()
    {
        var (client, tenant) = await SeedAsync();
        var booking = await client.BookOkAsync(Body(tenant.Services[1].Id, At(9)));

        var response = await client.ActAsync(booking, "cancel");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cancelled = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.True(cancelled.GetProperty("refundEligible").GetBoolean());
        Assert.Empty(Assert.Single(await client.LedgersAsync()).Entries);
        await client.BookOkAsync(Body(tenant.Services[1].Id, At(9), email: "bob@example.com"));
    }

    [Fact]
    public async Task Cancelling_twice_answers_the_same()
    {
        var (client, tenant) = await SeedAsync();
        var booking = await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));

        var first = await (await client.ActAsync(booking, "cancel")).Content.ReadAsStringAsync();
        var second = await client.ActAsync(booking, "cancel");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(first, await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reschedule_moves_the_booking_and_frees_the_old_slot()
    {
        var (client, tenant) = await SeedAsync();
        var booking = await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));

        var response = await client.ActAsync(booking, "reschedule", new { start = At(14) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(At(14), (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("start").GetString());
        var entry = Assert.Single(Assert.Single(await client.LedgersAsync()).Entries);
        Assert.Equal(booking.GetProperty("id").GetString(), entry.BookingId);
        await client.BookOkAsync(Body(tenant.Services[0].Id, At(9), email: "bob@example.com"));
    }

    [Fact]
    public async Task Reschedule_to_another_day_claims_there_and_releases_here()
    {
        var (client, tenant) = await SeedAsync();
        var booking = await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));

        var response = await client.ActAsync(booking, "reschedule", new { start = At(9, date: Day.PlusDays(1)) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ledgers = await client.LedgersAsync();
        Assert.Equal(1, ledgers.Sum(l => l.Entries.Count));
        Assert.Equal(Day.PlusDays(1), ledgers.Single(l => l.Entries.Count == 1).Date);
    }

    [Fact]
    public async Task Reschedule_into_a_taken_slot_is_409_and_keeps_the_booking()
    {
        var (client, tenant) = await SeedAsync();
        var booking = await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));
        await client.BookOkAsync(Body(tenant.Services[0].Id, At(14), email: "bob@example.com"));

        var response = await client.ActAsync(booking, "reschedule", new { start = At(14) });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "slot-unavailable");
        var unchanged = await (await client.GetAsync(booking)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(At(9), unchanged.GetProperty("start").GetString());
        Assert.Equal(2, Assert.Single(await client.LedgersAsync()).Entries.Count);
    }

    [Fact]
    public async Task Reschedule_whose_appointment_write_fails_puts_the_old_claim_back()
    {
        var (client, tenant) = await SeedAsync();
        var booking = await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));
        var id = booking.GetProperty("id").GetString()!;
        for (var attempt = 0; attempt < RetryLimits.Document.MaxAttempts; attempt++)
        {
            fixture.CosmosFaults.FailNext(r => CosmosFaultInjector.IsReplaceOf(r, id) && CosmosFaultInjector.Writes(r, "\"rescheduleCount\":1"),
                HttpStatusCode.PreconditionFailed);
        }

        var response = await client.ActAsync(booking, "reschedule", new { start = At(14) });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
        var entry = Assert.Single(Assert.Single(await client.LedgersAsync()).Entries);
        Assert.Equal(9, entry.Start.InZone(NodaTime.DateTimeZoneProviders.Tzdb["Africa/Johannesburg"]).Hour);
        var bob = await client.BookAsync(Body(tenant.Services[0].Id, At(9), email: "bob@example.com"));
        Assert.Equal(HttpStatusCode.Conflict, bob.StatusCode);
    }

    [Fact]
    public async Task Cancelled_booking_cannot_be_rescheduled()
    {
        var (client, tenant) = await SeedAsync();
        var booking = await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));
        await client.ActAsync(booking, "cancel");

        var response = await client.ActAsync(booking, "reschedule", new { start = At(14) });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
        Assert.Empty(Assert.Single(await client.LedgersAsync()).Entries);
    }

    [Fact]
    public async Task A_held_booking_whose_hold_expired_cannot_be_rescheduled_and_claims_nothing()
    {
        var (client, tenant) = await SeedAsync();
        var booking = await client.BookOkAsync(Body(tenant.Services[1].Id, At(9)));
        fixture.Clock.Advance(Duration.FromMinutes(tenant.HoldMinutes));
        try
        {
            var response = await client.ActAsync(booking, "reschedule", new { start = At(14) });

            await response.AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
            Assert.Equal(9, Assert.Single(Assert.Single(await client.LedgersAsync()).Entries).Start.InZone(Johannesburg).Hour);
        }
        finally
        {
            fixture.Clock.Reset();
        }
    }

    [Fact]
    public async Task Rescheduling_a_held_booking_does_not_extend_its_hold()
    {
        var (client, tenant) = await SeedAsync();
        var booking = await client.BookOkAsync(Body(tenant.Services[1].Id, At(9)));

        var moved = await (await client.ActAsync(booking, "reschedule", new { start = At(14) })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(booking.GetProperty("holdExpiresAt").GetString(), moved.GetProperty("holdExpiresAt").GetString());
        var claim = Assert.Single(Assert.Single(await client.LedgersAsync()).Entries);
        Assert.Equal(NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Parse(booking.GetProperty("holdExpiresAt").GetString()!).Value.ToInstant(), claim.ExpiresAt);
    }

    private static readonly DateTimeZone Johannesburg = DateTimeZoneProviders.Tzdb["Africa/Johannesburg"];

    private Task<(BookingClient Client, TestTenant Tenant)> SeedAsync() => fixture.SeedSalonAsync();
}
