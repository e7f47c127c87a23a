using System.Net;
using AppointmentBooking.Integration.Tests.Fixtures;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Http;

[Collection(SharedApp.Name)]
public sealed class BookingCostTests(AppFixture fixture)
{
    private const string Booking = "CreateBooking";
    private const string Slots = "ListSlots";

    [Fact]
    public async Task A_booking_on_a_day_nobody_claimed_costs_the_stamp_and_ledger_reads_two_creates_and_no_query()
    {
        var (tenant, client) = await TenantAsync("stf-a");
        await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));
        fixture.CosmosRequests.Reset();

        await client.BookOkAsync(Body(tenant.Services[0].Id, At(11, date: Day.PlusDays(1)), email: "bob@example.com"));

        // The tenant's catalog stamp (the cached catalog is current only if it is unchanged), the ledger
        // read (not found), the ledger's create and the appointment's; the customer record is kept by the
        // RecordCustomer queue function, outside the request.
        Assert.Equal(["read", "read", "create", "create"], fixture.CosmosRequests.Operations(Booking));
    }

    [Fact]
    public async Task A_booking_on_a_day_this_instance_just_wrote_replaces_the_ledger_without_reading_it_again()
    {
        var (tenant, client) = await TenantAsync("stf-a");
        await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));
        fixture.CosmosRequests.Reset();

        await client.BookOkAsync(Body(tenant.Services[0].Id, At(11), email: "bob@example.com"));

        // The catalog stamp, then no ledger read: the replace goes out under the remembered ETag.
        Assert.Equal(["read", "replace", "create"], fixture.CosmosRequests.Operations(Booking));
    }

    [Fact]
    public async Task A_taken_slot_is_refused_after_a_fresh_read_and_its_alternatives_come_from_that_read()
    {
        var (tenant, client) = await TenantAsync("stf-a");
        await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));
        fixture.CosmosRequests.Reset();

        var taken = await client.BookAsync(Body(tenant.Services[0].Id, At(9), email: "bob@example.com"));

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        // The remembered write said "taken"; a refusal is only given from a read, which also serves the
        // alternatives: the day has free slots nearer than midnight, so the next day is not read. The
        // alternatives leave out staff calendars' busy time, so the tenant's calendar connections are
        // listed (one query, then kept by the instance for a minute).
        Assert.Equal(["read", "read", "query"], fixture.CosmosRequests.Operations(Booking));
    }

    [Fact]
    public async Task A_month_of_slots_for_any_staff_reads_its_ledgers_in_one_query_and_no_ledger_point_read()
    {
        var (tenant, client) = await TenantAsync("stf-a", "stf-b");
        await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));
        await client.BookOkAsync(Body(tenant.Services[0].Id, At(10, date: Day.PlusDays(3)), staffId: "stf-b"));
        await SlotsAsync(tenant, Day, Day);
        fixture.CosmosRequests.Reset();

        await SlotsAsync(tenant, Day.PlusDays(-9), Day.PlusDays(20));

        // The catalog stamp's point read, then every ledger of both staff over the 30 days in one query.
        var records = fixture.CosmosRequests.Records(Slots);
        Assert.Equal(["read", "query"], records.Select(r => r.Kind));
        Assert.Equal(2, records[1].Documents);
    }

    [Fact]
    public async Task The_counter_tells_queries_from_point_operations()
    {
        var (tenant, client) = await TenantAsync("stf-a");
        fixture.CosmosRequests.Reset();

        await client.LedgersAsync();

        Assert.Equal(["query"], fixture.CosmosRequests.OperationsOn(tenant.TenantId));
    }

    private async Task<(TestTenant Tenant, BookingClient Client)> TenantAsync(params string[] staff)
    {
        var tenant = new TestTenant().WithService("Cut", 60, 40_000);
        foreach (var id in staff)
        {
            tenant.WithStaff(id);
        }

        await fixture.SeedAsync(tenant);
        return (tenant, new BookingClient(fixture, tenant));
    }

    private async Task SlotsAsync(TestTenant tenant, NodaTime.LocalDate from, NodaTime.LocalDate to)
    {
        var response = await fixture.Client.GetAsync(
            $"/api/tenants/{tenant.Slug}/slots?serviceId={tenant.Services[0].Id}&staffId=any&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
