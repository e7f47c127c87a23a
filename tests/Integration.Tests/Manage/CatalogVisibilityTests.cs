using System.Net;
using AppointmentBooking.Integration.Tests.Fixtures;
using NodaTime;

namespace AppointmentBooking.Integration.Tests.Manage;

/// <summary>An edit made through one instance is seen at once by another instance that had the catalog cached.</summary>
[Collection(SharedApp.Name)]
public sealed class CatalogVisibilityTests(AppFixture fixture)
{
    private static readonly LocalDate Day = SystemClock.Instance.GetCurrentInstant().InUtc().Date.PlusDays(13);

    [Fact]
    public async Task Time_off_added_through_one_instance_hides_slots_on_another_at_once()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        await using var other = await fixture.StartAnotherAppAsync(new Dictionary<string, string?>());
        using var otherClient = new HttpClient { BaseAddress = other.BaseAddress() };
        var slots = $"/api/tenants/{salon.Slug}/slots?serviceId={salon.ServiceId}&staffId={salon.StaffId}&from={Day:yyyy-MM-dd}&to={Day:yyyy-MM-dd}";
        Assert.NotEmpty(await StartsAsync(otherClient, slots));

        await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path($"/staff/{salon.StaffId}/time-off"),
            new { start = $"{Day:yyyy-MM-dd}T00:00", end = $"{Day.PlusDays(1):yyyy-MM-dd}T00:00" }), HttpStatusCode.Created);

        Assert.Empty(await StartsAsync(otherClient, slots));
    }

    [Fact]
    public async Task A_deactivated_service_disappears_from_another_instance_at_once()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        await using var other = await fixture.StartAnotherAppAsync(new Dictionary<string, string?>());
        using var otherClient = new HttpClient { BaseAddress = other.BaseAddress() };
        Assert.Single((await ManageClient.OkAsync(await otherClient.GetAsync($"/api/tenants/{salon.Slug}/services"))).EnumerateArray());
        var path = salon.Path($"/services/{salon.ServiceId}");
        var (_, etag) = await salon.Owner.ReadAsync(path);

        await ManageClient.OkAsync(await salon.Owner.PutAsync(path, new { name = "Cut", durationMinutes = 60, priceMinor = 40_000, active = false }, etag));

        Assert.Empty((await ManageClient.OkAsync(await otherClient.GetAsync($"/api/tenants/{salon.Slug}/services"))).EnumerateArray());
    }

    private static async Task<List<string>> StartsAsync(HttpClient client, string path) =>
        [.. (await ManageClient.OkAsync(await client.GetAsync(path))).GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("start").GetString()!)];
}
