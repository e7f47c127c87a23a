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

    [Fact]
    public async Task Ports_appended_by_the_front_end_do_not_give_a_client_new_buckets()
    {
        var tenant = await fixture.SeedAsync(new TestTenant().WithStaff("stf-a").WithService("Cut", 60, 40_000));
        await using var app = await fixture.StartAnotherAppAsync(new Dictionary<string, string?> { ["RateLimits:PermitsPerMinute"] = "2" });
        using var client = new HttpClient { BaseAddress = app.BaseAddress() };

        var first = await Get(client, tenant.Slug, "203.0.113.9:40001");
        var second = await Get(client, tenant.Slug, "203.0.113.9:40002");
        var third = await Get(client, tenant.Slug, "203.0.113.9:40003");
        await app.StopAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await third.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate-limited");
    }

    [Fact]
    public async Task Rotating_slugs_buys_a_client_no_extra_requests_and_costs_no_extra_reads()
    {
        await using var app = await fixture.StartAnotherAppAsync(new Dictionary<string, string?>
        {
            ["RateLimits:PermitsPerMinute"] = "100",
            ["RateLimits:ClientPermitsPerMinute"] = "5",
        });
        using var client = new HttpClient { BaseAddress = app.BaseAddress() };

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await Get(client, $"invented-{Guid.NewGuid():N}", "203.0.113.10"));
        }

        var otherClient = await Get(client, $"invented-{Guid.NewGuid():N}", "203.0.113.11");
        await app.StopAsync();

        Assert.All(answers.Take(5), r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        await answers[5].AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.Equal(HttpStatusCode.NotFound, otherClient.StatusCode);
    }

    [Fact]
    public async Task The_instance_wide_limit_holds_whoever_calls()
    {
        var tenant = await fixture.SeedAsync(new TestTenant().WithStaff("stf-a").WithService("Cut", 60, 40_000));
        await using var app = await fixture.StartAnotherAppAsync(new Dictionary<string, string?> { ["RateLimits:GlobalPermitsPerSecond"] = "3" });
        using var client = new HttpClient { BaseAddress = app.BaseAddress() };

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Get(client, tenant.Slug, $"203.0.113.{20 + i}")));
        await app.StopAsync();

        Assert.Contains(answers, r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.InRange(answers.Count(r => r.StatusCode == HttpStatusCode.OK), 3, 5);
    }

    private static async Task<HttpResponseMessage> Get(HttpClient client, string slug, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/tenants/{slug}/services");
        request.Headers.Add("X-Forwarded-For", $"198.51.100.1, {forwardedFor}");
        return await client.SendAsync(request);
    }
}
