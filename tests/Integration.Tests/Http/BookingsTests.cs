using System.Net;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using NodaTime;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Http;

[Collection(SharedApp.Name)]
public sealed class BookingsTests(AppFixture fixture)
{
    [Fact]
    public async Task Booking_without_deposit_is_confirmed_and_readable_with_its_token()
    {
        var (client, tenant) = await SeedAsync();

        var booking = await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));

        Assert.Equal("confirmed", booking.GetProperty("status").GetString());
        Assert.Equal(At(9), booking.GetProperty("start").GetString());
        var read = await client.GetAsync(booking);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(booking.GetProperty("id").GetString(), (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Booking_with_deposit_holds_the_slot_pending_payment()
    {
        var (client, tenant) = await SeedAsync();

        var booking = await client.BookOkAsync(Body(tenant.Services[1].Id, At(9)));

        Assert.Equal("pendingPayment", booking.GetProperty("status").GetString());
        Assert.Equal(12_000, booking.GetProperty("deposit").GetProperty("amountMinor").GetInt64());
        Assert.True(booking.TryGetProperty("holdExpiresAt", out _));
    }

    [Fact]
    public async Task Retried_create_answers_the_same_booking_and_token()
    {
        var (client, tenant) = await SeedAsync();
        var body = Body(tenant.Services[0].Id, At(9));

        var first = await client.BookOkAsync(body, "retry-key");
        var second = await client.BookOkAsync(body, "retry-key");

        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.Single(await client.AppointmentsAsync());
    }

    [Fact]
    public async Task Same_key_with_another_body_is_422_and_writes_nothing_new()
    {
        var (client, tenant) = await SeedAsync();
        await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)), "reused-key");
        var before = await client.WrittenCountAsync();

        var response = await client.BookAsync(Body(tenant.Services[0].Id, At(14)), "reused-key");

        await response.AssertProblemAsync((HttpStatusCode)422, "idempotency-key-reused");
        Assert.Equal(before, await client.WrittenCountAsync());
    }

    [Fact]
    public async Task Expired_hold_does_not_block_a_new_booking()
    {
        var (client, tenant) = await SeedAsync();
        var held = await client.BookOkAsync(Body(tenant.Services[1].Id, At(9)));
        fixture.Clock.Advance(Duration.FromMinutes(16));
        try
        {
            var second = await client.BookAsync(Body(tenant.Services[1].Id, At(9), email: "bob@example.com"));

            Assert.Equal(HttpStatusCode.Created, second.StatusCode);
            var first = await (await client.GetAsync(held)).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("expired", first.GetProperty("status").GetString());
            Assert.Single(Assert.Single(await client.LedgersAsync()).Entries);
        }
        finally
        {
            fixture.Clock.Reset();
        }
    }

    [Fact]
    public async Task Failed_appointment_write_leaves_a_claim_that_stops_blocking_when_its_hold_expires()
    {
        var (client, tenant) = await SeedAsync();
        await client.BookOkAsync(Body(tenant.Services[0].Id, At(14)));
        fixture.CosmosFaults.FailNext(r => CosmosFaultInjector.IsItemCreate(r) && CosmosFaultInjector.Writes(r, "\"type\":\"appointment\""),
            HttpStatusCode.InternalServerError);

        var failed = await client.BookAsync(Body(tenant.Services[0].Id, At(9)));
        var blocked = await client.BookAsync(Body(tenant.Services[0].Id, At(9), email: "bob@example.com"));
        fixture.Clock.Advance(Duration.FromMinutes(16));
        try
        {
            var freed = await client.BookAsync(Body(tenant.Services[0].Id, At(9), email: "bob@example.com"));

            await failed.AssertProblemAsync(HttpStatusCode.InternalServerError, "unexpected");
            Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
            Assert.Equal(HttpStatusCode.Created, freed.StatusCode);
        }
        finally
        {
            fixture.Clock.Reset();
        }
    }

    [Fact]
    public async Task Confirmed_booking_keeps_blocking_after_its_claim_expires()
    {
        var (client, tenant) = await SeedAsync();
        await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));
        fixture.Clock.Advance(Duration.FromMinutes(16));
        try
        {
            var response = await client.BookAsync(Body(tenant.Services[0].Id, At(9), email: "bob@example.com"));

            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        }
        finally
        {
            fixture.Clock.Reset();
        }
    }

    [Fact]
    public async Task Booking_id_of_one_tenant_is_not_found_under_another()
    {
        var (client, tenant) = await SeedAsync();
        var other = await fixture.SeedAsync(new TestTenant().WithStaff("stf-a").WithService("Cut", 60, 40_000));
        var booking = await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));

        var response = await client.ReadAsync(other.Slug, Id(booking), Token(booking));

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Reading_a_booking_needs_its_token_in_the_header()
    {
        var (client, tenant) = await SeedAsync();
        var booking = await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));
        var link = $"/api/tenants/{tenant.Slug}/bookings/{Id(booking)}";

        await (await client.ReadAsync(tenant.Slug, Id(booking), accessToken: null)).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await (await client.ReadAsync(tenant.Slug, Id(booking), "forged")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await fixture.Client.GetAsync($"{link}?token={Token(booking)}")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_retried_create_of_a_booking_cancelled_since_leaves_its_slot_free()
    {
        var (client, tenant) = await SeedAsync();
        var body = Body(tenant.Services[1].Id, At(9));
        var booking = await client.BookOkAsync(body, "cancelled-then-retried");
        await client.ActAsync(booking, "cancel");

        var retry = await client.BookOkAsync(body, "cancelled-then-retried");

        Assert.Equal("cancelled", retry.GetProperty("status").GetString());
        Assert.Empty(Assert.Single(await client.LedgersAsync()).Entries);
        await client.BookOkAsync(Body(tenant.Services[1].Id, At(9), email: "bob@example.com"));
    }

    [Fact]
    public async Task The_deposit_listed_is_the_deposit_charged()
    {
        var tenant = await fixture.SeedAsync(new TestTenant()
            .WithStaff("stf-a")
            .WithService("Odd percentage", 60, 12_345, depositPercent: 15)
            .WithService("Fixed above price", 60, 10_000, depositFixedMinor: 25_000));
        var client = new BookingClient(fixture, tenant);

        var listed = await fixture.Client.GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant.Slug}/services");
        var odd = await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));
        var capped = await client.BookOkAsync(Body(tenant.Services[1].Id, At(14)));

        long Listed(string id) => listed.EnumerateArray().Single(s => s.GetProperty("id").GetString() == id).GetProperty("deposit").GetProperty("amountMinor").GetInt64();
        Assert.Equal(1_852, Listed(tenant.Services[0].Id));
        Assert.Equal(Listed(tenant.Services[0].Id), odd.GetProperty("deposit").GetProperty("amountMinor").GetInt64());
        Assert.Equal(10_000, Listed(tenant.Services[1].Id));
        Assert.Equal(Listed(tenant.Services[1].Id), capped.GetProperty("deposit").GetProperty("amountMinor").GetInt64());
    }

    private Task<(BookingClient Client, TestTenant Tenant)> SeedAsync() => fixture.SeedSalonAsync();
}
