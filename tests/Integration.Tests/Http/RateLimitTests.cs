using System.Net;
using AppointmentBooking.Integration.Tests.Fixtures;

namespace AppointmentBooking.Integration.Tests.Http;

[Collection(SharedApp.Name)]
public sealed class RateLimitTests(AppFixture fixture)
{
    [Fact]
    public async Task A_client_over_its_limit_for_a_tenant_gets_429_with_retry_after_while_others_go_on()
    {
        var tenant = await fixture.SeedAsync(new TestTenant().WithStaff("stf-a").WithService("Cut", 60, 40_000));
        var other = await fixture.SeedAsync(new TestTenant().WithStaff("stf-a").WithService("Cut", 60, 40_000));
        await using var app = await fixture.StartAnotherAppAsync(new Dictionary<string, string?> { ["RateLimits:PermitsPerMinute"] = "3" });
        using var client = new HttpClient { BaseAddress = app.BaseAddress() };

        var allowed = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Get(client, tenant.Slug, "203.0.113.7")));
        var limited = await Get(client, tenant.Slug, "203.0.113.7");
        var otherClient = await Get(client, tenant.Slug, "203.0.113.8");
        var otherTenant = await Get(client, other.Slug, "203.0.113.7");
        await app.StopAsync();

        Assert.All(allowed, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherTenant.StatusCode);
    }

    private static async Task<HttpResponseMessage> Get(HttpClient client, string slug, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/tenants/{slug}/services");
        request.Headers.Add("X-Forwarded-For", $"198.51.100.1, {forwardedFor}");
        return await client.SendAsync(request);
    }
}
