using System.Net;
using System.Text.Json;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Integration.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Http;

/// <summary>What customers see when a stored document breaks a rule: never a 400 naming a field they did not send.</summary>
[Collection(SharedApp.Name)]
public sealed class StoredDataTests(AppFixture fixture)
{
    [Fact]
    public async Task A_broken_service_document_is_left_out_and_the_rest_of_the_tenant_keeps_working()
    {
        var (client, tenant) = await fixture.SeedSalonAsync();
        await fixture.Store.UpsertAsync(tenant.Services[0] with { Id = "svc-broken", Name = "Broken", DurationMinutes = 0 }, CancellationToken.None);

        var profile = await fixture.Client.GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant.Slug}");
        var broken = await fixture.Client.GetAsync($"/api/tenants/{tenant.Slug}/slots?serviceId=svc-broken&from={Day:yyyy-MM-dd}&to={Day:yyyy-MM-dd}");

        Assert.DoesNotContain("svc-broken", profile.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(2, profile.GetProperty("services").GetArrayLength());
        await broken.AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));
    }

    [Fact]
    public async Task A_broken_tenant_document_is_a_server_error_not_the_callers_fault()
    {
        var tenant = new TestTenant().WithStaff("stf-a").WithService("Cut", 60, 40_000);
        await fixture.Services.GetRequiredService<Functions.Infrastructure.Cosmos.TenantDirectory>()
            .RegisterAsync(tenant.Document with { TimeZone = "Mars/Olympus_Mons" }, CancellationToken.None);

        var response = await fixture.Client.GetAsync($"/api/tenants/{tenant.Slug}");

        await response.AssertProblemAsync(HttpStatusCode.InternalServerError, "unexpected");
    }
}
