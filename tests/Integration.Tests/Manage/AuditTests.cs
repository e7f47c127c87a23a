using System.Net;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;

namespace AppointmentBooking.Integration.Tests.Manage;

/// <summary>Every change leaves an audit entry — who, what, when, the changed fields before and after — readable by owners.</summary>
[Collection(SharedApp.Name)]
public sealed class AuditTests(AppFixture fixture)
{
    [Fact]
    public async Task A_price_change_is_audited_with_who_and_before_and_after_of_the_changed_fields_only()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var manager = await salon.MemberAsync($"manager-{Guid.NewGuid():N}@example.test", "manager");
        var path = salon.Path($"/services/{salon.ServiceId}");
        var (_, etag) = await manager.ReadAsync(path);

        await ManageClient.OkAsync(await manager.PutAsync(path, ManagedSalon.ServiceBody(priceMinor: 45_000), etag));

        var entries = await EntriesAsync(salon);
        var latest = entries[0];
        Assert.Equal(("service.replace", $"services/{salon.ServiceId}"), (latest.GetProperty("action").GetString(), latest.GetProperty("resource").GetString()));
        Assert.StartsWith("manager-", latest.GetProperty("email").GetString(), StringComparison.Ordinal);
        var change = Assert.Single(latest.GetProperty("changes").EnumerateArray());
        Assert.Equal(("priceMinor", "40000", "45000"),
            (change.GetProperty("field").GetString(), change.GetProperty("before").GetString(), change.GetProperty("after").GetString()));
        Assert.Equal(
            ["service.replace", "member.join", "member.invite", "staff.create", "service.create", "tenant.create"],
            entries.Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task The_trail_pages_newest_first_and_only_owners_read_it()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var manager = await salon.MemberAsync($"manager-{Guid.NewGuid():N}@example.test", "manager");

        var first = await ManageClient.OkAsync(await salon.Owner.GetAsync(salon.Path("/audit?limit=2")));
        var second = await ManageClient.OkAsync(await salon.Owner.GetAsync(salon.Path($"/audit?limit=2&continuation={first.GetProperty("continuation").GetString()}")));

        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(ids.OrderDescending(StringComparer.Ordinal), ids);
        await (await manager.GetAsync(salon.Path("/audit"))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task A_credential_change_is_audited_without_its_value()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        await SettingsTests.SetCredentialAsync(salon, "sk_test_visible_nowhere");

        var text = JsonSerializer.Serialize(await EntriesAsync(salon));

        Assert.Contains("payments.credentials.secretKey", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sk_test_visible_nowhere", text, StringComparison.Ordinal);
    }

    private static async Task<List<JsonElement>> EntriesAsync(ManagedSalon salon) =>
        [.. (await ManageClient.OkAsync(await salon.Owner.GetAsync(salon.Path("/audit")))).GetProperty("items").EnumerateArray()];
}
