using System.Net;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Http;

/// <summary>Every rejected booking request answers problem+json and leaves nothing behind.</summary>
[Collection(SharedApp.Name)]
public sealed class BookingErrorsTests(AppFixture fixture)
{
    [Fact]
    public async Task Malformed_json_is_400_and_writes_nothing()
    {
        var (client, tenant) = await SeedAsync();

        var response = await client.PostAsync($"/api/tenants/{tenant.Slug}/bookings", "{\"serviceId\": ", "k-1");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "malformed-json");
        Assert.Equal(0, await client.WrittenCountAsync());
    }

    [Fact]
    public async Task Body_over_64_kb_is_413_and_writes_nothing()
    {
        var (client, tenant) = await SeedAsync();
        var huge = JsonSerializer.Serialize(new { serviceId = tenant.Services[0].Id, staffId = "stf-a", start = At(9), padding = new string('x', 70_000) });

        var response = await client.PostAsync($"/api/tenants/{tenant.Slug}/bookings", huge, "k-2");

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
        Assert.Equal(0, await client.WrittenCountAsync());
    }

    [Fact]
    public async Task Invalid_fields_are_all_listed_in_one_400_and_nothing_is_written()
    {
        var (client, _) = await SeedAsync();

        var response = await client.BookAsync(new { serviceId = "", start = "tomorrow at nine", customer = new { name = "", email = "not-an-email" } });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("serviceId", fields);
        Assert.Contains("staffId", fields);
        Assert.Contains("start", fields);
        Assert.Contains(fields, f => f!.StartsWith("customer.", StringComparison.Ordinal));
        Assert.Equal(0, await client.WrittenCountAsync());
    }

    [Fact]
    public async Task Missing_idempotency_key_is_400_naming_the_header()
    {
        var (client, tenant) = await SeedAsync();

        var response = await client.PostAsync($"/api/tenants/{tenant.Slug}/bookings", JsonSerializer.Serialize(Body(tenant.Services[0].Id, At(9))));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        Assert.Equal("Idempotency-Key", problem.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(0, await client.WrittenCountAsync());
    }

    [Theory]
    [InlineData("svc-unknown", "stf-a")]
    [InlineData(null, "stf-unknown")]
    public async Task Unknown_service_or_staff_is_404_and_writes_nothing(string? serviceId, string staffId)
    {
        var (client, tenant) = await SeedAsync();

        var response = await client.BookAsync(Body(serviceId ?? tenant.Services[0].Id, At(9), staffId));

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        Assert.Equal(0, await client.WrittenCountAsync());
    }

    [Fact]
    public async Task Unknown_tenant_is_404()
    {
        var (client, _) = await SeedAsync();

        var response = await client.PostAsync("/api/tenants/nobody-here/bookings", JsonSerializer.Serialize(Body("svc-1", At(9))), "k-3");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Theory]
    [InlineData(6, 0, "outside working hours")]
    [InlineData(9, 7, "slot grid")]
    public async Task Start_that_the_rules_refuse_is_422_naming_start_and_writes_nothing(int hour, int minute, string reason)
    {
        var (client, tenant) = await SeedAsync();

        var response = await client.BookAsync(Body(tenant.Services[0].Id, At(hour, minute)));

        var problem = await response.AssertProblemAsync((HttpStatusCode)422, "validation-failed");
        Assert.Equal("start", problem.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await client.WrittenCountAsync());
    }

    [Fact]
    public async Task Taken_slot_is_409_with_three_alternatives_and_the_ledger_keeps_one_claim()
    {
        var (client, tenant) = await SeedAsync();
        await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)));
        var before = await client.WrittenCountAsync();

        var response = await client.BookAsync(Body(tenant.Services[0].Id, At(9, 30), email: "bob@example.com"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, "slot-unavailable");
        var alternatives = problem.GetProperty("alternatives").EnumerateArray().Select(a => a.GetProperty("start").GetString()).ToList();
        Assert.Equal([At(10), At(10, 15), At(10, 30)], alternatives);
        Assert.Equal(before, await client.WrittenCountAsync());
    }

    private Task<(BookingClient Client, TestTenant Tenant)> SeedAsync() => fixture.SeedSalonAsync();
}
