using System.Net;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;

namespace AppointmentBooking.Integration.Tests.Manage;

/// <summary>Signing up: the slug is claimed once; a taken one is 409 with free suggestions; a retry answers the same tenant.</summary>
[Collection(SharedApp.Name)]
public sealed class SignUpTests(AppFixture fixture)
{
    [Fact]
    public async Task A_taken_slug_is_409_with_free_suggestions_and_the_loser_gets_no_tenant()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var rival = new ManageClient(fixture, fixture.Token($"rival-{Guid.NewGuid():N}@example.test"));

        var problem = await (await rival.PostAsync("/api/tenants", ManagedSalon.SignUpBody(salon.Slug))).AssertProblemAsync(HttpStatusCode.Conflict, "slug-taken");

        var suggestions = problem.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Equal([$"{salon.Slug}-2", $"{salon.Slug}-3", $"{salon.Slug}-4"], suggestions);
        await ManageClient.OkAsync(await rival.PostAsync("/api/tenants", ManagedSalon.SignUpBody(suggestions[0])), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Two_sign_ups_racing_for_one_slug_make_one_tenant()
    {
        var slug = $"race-{Guid.NewGuid():N}"[..20];
        var founders = Enumerable.Range(0, 4).Select(i => new ManageClient(fixture, fixture.Token($"racer-{i}-{Guid.NewGuid():N}@example.test"))).ToList();

        var results = await Task.WhenAll(founders.Select(f => f.PostAsync("/api/tenants", ManagedSalon.SignUpBody(slug))));

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task A_retried_sign_up_answers_the_tenant_the_first_try_made()
    {
        var slug = $"retry-{Guid.NewGuid():N}"[..20];
        var founder = new ManageClient(fixture, fixture.Token($"founder-{Guid.NewGuid():N}@example.test"));

        var first = await ManageClient.OkAsync(await founder.PostAsync("/api/tenants", ManagedSalon.SignUpBody(slug), idempotencyKey: "k1"), HttpStatusCode.Created);
        var again = await ManageClient.OkAsync(await founder.PostAsync("/api/tenants", ManagedSalon.SignUpBody(slug), idempotencyKey: "k1"), HttpStatusCode.Created);

        Assert.Equal(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        await ManageClient.OkAsync(await fixture.Client.GetAsync($"/api/tenants/{slug}"));
    }

    [Fact]
    public async Task Signing_up_needs_a_valid_token()
    {
        var response = await new ManageClient(fixture, null).PostAsync("/api/tenants", ManagedSalon.SignUpBody($"anon-{Guid.NewGuid():N}"[..20]));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }
}
