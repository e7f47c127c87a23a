using System.Net;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;

namespace AppointmentBooking.Integration.Tests.Manage;

/// <summary>Browser frontends: the platform's origins and each tenant's own may call; preflights are answered per tenant.</summary>
[Collection(SharedApp.Name)]
public sealed class CorsTests(AppFixture fixture)
{
    private const string TenantSite = "https://book.salon.example";

    [Fact]
    public async Task A_preflight_from_the_platform_dashboard_is_answered_with_what_may_be_sent()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);

        var response = await PreflightAsync(salon.Path($"/services/{salon.ServiceId}"), AppFixture.DashboardOrigin, "PUT");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(AppFixture.DashboardOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("PUT", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        var allowed = response.Headers.GetValues("Access-Control-Allow-Headers").Single();
        Assert.Contains("Authorization", allowed, StringComparison.Ordinal);
        Assert.Contains("If-Match", allowed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenants_own_origin_is_allowed_for_that_tenant_only_once_its_owner_lists_it()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var other = await ManagedSalon.CreateAsync(fixture);
        await (await PreflightAsync($"/api/tenants/{salon.Slug}/bookings", TenantSite, "POST")).AssertProblemAsync(HttpStatusCode.Forbidden, "origin-not-allowed");

        var (settings, etag) = await salon.Owner.ReadAsync(salon.Path("/settings"));
        await ManageClient.OkAsync(await salon.Owner.PutAsync(salon.Path("/settings"), new
        {
            name = settings.GetProperty("name").GetString(),
            timeZone = "Africa/Johannesburg",
            currency = "ZAR",
            policy = new { minimumNoticeMinutes = 60, maximumDaysAhead = 30, slotIntervalMinutes = 15, holdMinutes = 15, cancellationWindowHours = 24 },
            allowedOrigins = new[] { TenantSite },
        }, etag));

        Assert.Equal(HttpStatusCode.NoContent, (await PreflightAsync($"/api/tenants/{salon.Slug}/bookings", TenantSite, "POST")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await PreflightAsync(salon.Path("/bookings"), TenantSite, "GET")).StatusCode);
        await (await PreflightAsync($"/api/tenants/{other.Slug}/bookings", TenantSite, "POST")).AssertProblemAsync(HttpStatusCode.Forbidden, "origin-not-allowed");
        var profile = await salon.Owner.As(null).SendAsync(HttpMethod.Get, $"/api/tenants/{salon.Slug}", origin: TenantSite);
        Assert.Equal(TenantSite, profile.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Answers_to_an_allowed_origin_are_readable_even_when_they_are_errors_and_others_get_no_cors_headers()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);

        var unauthorized = await salon.Owner.As(null).SendAsync(HttpMethod.Get, salon.Path("/services"), origin: AppFixture.DashboardOrigin);
        var ok = await salon.Owner.SendAsync(HttpMethod.Get, salon.Path($"/services/{salon.ServiceId}"), origin: AppFixture.DashboardOrigin);
        var foreign = await salon.Owner.SendAsync(HttpMethod.Get, salon.Path("/services"), origin: "https://elsewhere.example");

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal(AppFixture.DashboardOrigin, unauthorized.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", ok.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
        Assert.False(foreign.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private async Task<HttpResponseMessage> PreflightAsync(string path, string origin, string method)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "authorization, content-type, if-match");
        return await fixture.Client.SendAsync(request);
    }
}
