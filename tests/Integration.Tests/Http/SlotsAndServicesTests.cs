using System.Net;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Http;

[Collection(SharedApp.Name)]
public sealed class SlotsAndServicesTests(AppFixture fixture)
{
    [Fact]
    public async Task Slots_list_the_day_on_the_grid_and_drop_a_booked_time()
    {
        var tenant = await SeedAsync();
        var client = new BookingClient(fixture, tenant);
        await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));

        var slots = await SlotStartsAsync(tenant);

        Assert.Contains(At(8), slots);
        Assert.DoesNotContain(At(9), slots);
        Assert.DoesNotContain(At(8, 15), slots);
        Assert.Contains(At(10), slots);
        Assert.Equal(At(17), slots[^1]);
    }

    [Fact]
    public async Task Slot_range_over_31_days_is_400_naming_to()
    {
        var tenant = await SeedAsync();

        var response = await fixture.Client.GetAsync(
            $"/api/tenants/{tenant.Slug}/slots?serviceId={tenant.Services[0].Id}&from={Day:yyyy-MM-dd}&to={Day.PlusDays(31):yyyy-MM-dd}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        Assert.Equal("to", problem.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Slots_for_an_unknown_service_are_404()
    {
        var tenant = await SeedAsync();

        var response = await fixture.Client.GetAsync($"/api/tenants/{tenant.Slug}/slots?serviceId=nope&from={Day:yyyy-MM-dd}&to={Day:yyyy-MM-dd}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Services_lists_the_active_services()
    {
        var tenant = await SeedAsync();

        var services = await fixture.Client.GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant.Slug}/services");

        Assert.Equal(["Cut"], services.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    private async Task<List<string?>> SlotStartsAsync(TestTenant tenant)
    {
        var body = await fixture.Client.GetFromJsonAsync<JsonElement>(
            $"/api/tenants/{tenant.Slug}/slots?serviceId={tenant.Services[0].Id}&staffId=stf-a&from={Day:yyyy-MM-dd}&to={Day:yyyy-MM-dd}");
        return [.. body.GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("start").GetString())];
    }

    private Task<TestTenant> SeedAsync() =>
        fixture.SeedAsync(new TestTenant().WithStaff("stf-a").WithService("Cut", 60, 40_000).WithService("Old", 30, 1_000, active: false));
}
