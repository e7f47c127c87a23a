using AppointmentBooking.Integration.Tests.Fixtures;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Http;

[Collection(SharedApp.Name)]
public sealed class BookingCostTests(AppFixture fixture)
{
    [Fact]
    public async Task Uncontended_booking_costs_two_point_reads_two_booking_writes_and_no_query()
    {
        var tenant = await fixture.SeedAsync(new TestTenant().WithStaff("stf-a").WithService("Cut", 60, 40_000));
        var client = new BookingClient(fixture, tenant);
        await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));
        fixture.CosmosRequests.Reset();

        await client.BookOkAsync(Body(tenant.Services[0].Id, At(11), email: "bob@example.com"));

        // The tenant's catalog stamp (the cached catalog is current only if it is unchanged), the ledger
        // read, its replace under the ETag and the appointment create; the customer record is kept by
        // the RecordCustomer queue function, outside the request.
        const string Function = "CreateBooking";
        var operations = fixture.CosmosRequests.Operations(Function);
        Assert.True(operations.Count == 4, string.Join(", ", operations));
        Assert.Equal(2, fixture.CosmosRequests.Count("read", Function));
        Assert.Equal(0, fixture.CosmosRequests.Count("query", Function));
        Assert.Equal(1, fixture.CosmosRequests.Count("replace", Function));
        Assert.Equal(1, fixture.CosmosRequests.Count("create", Function));
    }

    [Fact]
    public async Task The_counter_tells_queries_from_point_operations()
    {
        var tenant = await fixture.SeedAsync(new TestTenant().WithStaff("stf-a").WithService("Cut", 60, 40_000));
        fixture.CosmosRequests.Reset();

        await new BookingClient(fixture, tenant).LedgersAsync();

        Assert.Equal(1, fixture.CosmosRequests.Count("query"));
    }
}
