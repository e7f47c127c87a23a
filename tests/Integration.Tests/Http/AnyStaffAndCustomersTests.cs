using System.Net;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Integration.Tests.Fixtures;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Http;

[Collection(SharedApp.Name)]
public sealed class AnyStaffAndCustomersTests(AppFixture fixture)
{
    [Fact]
    public async Task Any_staff_fills_each_member_once_then_answers_409()
    {
        var tenant = await fixture.SeedAsync(new TestTenant().WithStaff("stf-a").WithStaff("stf-b").WithService("Cut", 60, 40_000));
        var client = new BookingClient(fixture, tenant);

        var first = await client.BookOkAsync(Body(tenant.Services[0].Id, At(9), "any", "a@example.com"));
        var second = await client.BookOkAsync(Body(tenant.Services[0].Id, At(9), "any", "b@example.com"));
        var third = await client.BookAsync(Body(tenant.Services[0].Id, At(9), "any", "c@example.com"));

        Assert.Equal(["stf-a", "stf-b"], new[] { first, second }.Select(b => b.GetProperty("staffId").GetString()).Order());
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
    }

    [Fact]
    public async Task Customers_are_deduplicated_by_normalised_email()
    {
        var tenant = await fixture.SeedAsync(new TestTenant().WithStaff("stf-a").WithService("Cut", 60, 40_000));
        var client = new BookingClient(fixture, tenant);

        await client.BookOkAsync(Body(tenant.Services[0].Id, At(9), email: "Ann.Lee@Example.com"));
        await client.BookOkAsync(Body(tenant.Services[0].Id, At(11), email: "  ann.lee@example.com "));

        var customers = await Eventually.ExpectAsync(
            () => fixture.Store.QueryAsync<CustomerDocument>(tenant.TenantId, DocumentTypes.Customer, PartitionQuery.All, CancellationToken.None),
            found => found.Count == 1 && found[0].LastBookingId != null);
        Assert.Equal("ann.lee@example.com", Assert.Single(customers).Email);
    }
}
