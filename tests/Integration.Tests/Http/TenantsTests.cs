using System.Net;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;

namespace AppointmentBooking.Integration.Tests.Http;

[Collection(SharedApp.Name)]
public sealed class TenantsTests(AppFixture fixture)
{
    [Fact]
    public async Task Known_slug_returns_profile_with_active_services_only_by_name()
    {
        var tenant = await fixture.SeedAsync(new TestTenant()
            .WithService("Nails", 45, 28_000)
            .WithService("Colour", 120, 120_000)
            .WithService("Retired perm", 90, 60_000, active: false));

        var response = await fixture.Client.GetAsync($"/api/tenants/{tenant.Slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var profile = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(tenant.TenantId, profile.GetProperty("id").GetString());
        Assert.Equal("Africa/Johannesburg", profile.GetProperty("timeZone").GetString());
        Assert.Equal("ZAR", profile.GetProperty("currency").GetString());
        var names = profile.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Colour", "Nails"], names);
    }

    [Fact]
    public async Task Slug_lookup_ignores_case()
    {
        var tenant = await fixture.SeedAsync(new TestTenant());

        var response = await fixture.Client.GetAsync($"/api/tenants/{tenant.Slug.ToUpperInvariant()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_slug_returns_404_problem()
    {
        var response = await fixture.Client.GetAsync("/api/tenants/no-such-salon");

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        Assert.Contains("no-such-salon", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_route_returns_404_problem()
    {
        var response = await fixture.Client.PostAsync("/api/definitely/not/here", content: null);

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }
}
