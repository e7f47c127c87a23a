using System.Net;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;

namespace AppointmentBooking.Integration.Tests.Manage;

/// <summary>Nobody overwrites an edit they have not seen: changes carry the ETag they read (412 when stale, 428 when missing).</summary>
[Collection(SharedApp.Name)]
public sealed class ConcurrencyTests(AppFixture fixture)
{
    [Fact]
    public async Task Two_managers_edit_the_same_service_the_second_gets_412_and_the_first_edit_stays()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var path = salon.Path($"/services/{salon.ServiceId}");
        var (_, etag) = await salon.Owner.ReadAsync(path);

        var first = await salon.Owner.PutAsync(path, ManagedSalon.ServiceBody("Cut and style", priceMinor: 45_000), etag);
        var second = await salon.Owner.PutAsync(path, ManagedSalon.ServiceBody("Quick cut", priceMinor: 30_000), etag);

        await ManageClient.OkAsync(first);
        Assert.NotEqual(etag, ManageClient.ETag(first));
        await second.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition-failed");
        var (stored, storedTag) = await salon.Owner.ReadAsync(path);
        Assert.Equal(("Cut and style", ManageClient.ETag(first)), (stored.GetProperty("name").GetString(), storedTag));
    }

    [Fact]
    public async Task A_change_without_if_match_is_428_and_nothing_is_written()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var before = await salon.StoredStateAsync();

        await (await salon.Owner.PutAsync(salon.Path($"/services/{salon.ServiceId}"), ManagedSalon.ServiceBody("No tag"), ifMatch: null))
            .AssertProblemAsync(HttpStatusCode.PreconditionRequired, "precondition-required");
        await (await salon.Owner.DeleteAsync(salon.Path($"/staff/{salon.StaffId}"), ifMatch: null))
            .AssertProblemAsync(HttpStatusCode.PreconditionRequired, "precondition-required");
        await (await salon.Owner.DeleteAsync(salon.Path($"/services/{salon.ServiceId}"), ifMatch: "*"))
            .AssertProblemAsync(HttpStatusCode.PreconditionRequired, "precondition-required");

        Assert.Equal(before, await salon.StoredStateAsync());
    }

    public static TheoryData<string> StaleEdits => ["settings", "staff", "staff delete", "member", "time off delete"];

    [Theory]
    [MemberData(nameof(StaleEdits))]
    public async Task A_stale_etag_is_412_and_the_document_is_unchanged(string edit)
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var (stale, id) = await StaleAsync(salon, edit);
        var before = await salon.StoredStateAsync();

        var response = edit switch
        {
            "settings" => await salon.Owner.PutAsync(salon.Path("/settings"), Settings("Renamed"), stale),
            "staff" => await salon.Owner.PutAsync(salon.Path($"/staff/{salon.StaffId}"), ManagedSalon.StaffBody("Renamed"), stale),
            "staff delete" => await salon.Owner.DeleteAsync(salon.Path($"/staff/{salon.StaffId}"), stale),
            "member" => await salon.Owner.PutAsync(salon.Path($"/members/{id}"), new { role = "owner" }, stale),
            _ => await salon.Owner.DeleteAsync(salon.Path($"/staff/{salon.StaffId}/time-off/{id}"), stale),
        };

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition-failed");
        Assert.Equal(before, await salon.StoredStateAsync());
    }

    public static object Settings(string name) => new
    {
        name,
        timeZone = "Africa/Johannesburg",
        currency = "ZAR",
        policy = new { minimumNoticeMinutes = 60, maximumDaysAhead = 30, slotIntervalMinutes = 15, holdMinutes = 15, cancellationWindowHours = 24 },
    };

    /// <summary>A real ETag someone read before another change landed, and the id of the member or time off it concerns.</summary>
    private static async Task<(string ETag, string? Id)> StaleAsync(ManagedSalon salon, string edit)
    {
        switch (edit)
        {
            case "settings":
                var (_, settingsTag) = await salon.Owner.ReadAsync(salon.Path("/settings"));
                await ManageClient.OkAsync(await salon.Owner.PutAsync(salon.Path("/settings"), Settings("First"), settingsTag));
                return (settingsTag, null);
            case "member":
                await salon.MemberAsync($"m-{Guid.NewGuid():N}@example.test", "manager");
                var members = await ManageClient.OkAsync(await salon.Owner.GetAsync(salon.Path("/members")));
                var id = members.EnumerateArray().First(m => m.GetProperty("role").GetString() == "manager").GetProperty("id").GetString()!;
                var (_, memberTag) = await salon.Owner.ReadAsync(salon.Path($"/members/{id}"));
                await ManageClient.OkAsync(await salon.Owner.PutAsync(salon.Path($"/members/{id}"), new { role = "staff", staffId = salon.StaffId }, memberTag));
                return (memberTag, id);
            default:
                var added = await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path($"/staff/{salon.StaffId}/time-off"),
                    new { start = "2030-01-01T00:00", end = "2030-01-02T00:00" }), HttpStatusCode.Created);
                var (_, staffTag) = await salon.Owner.ReadAsync(salon.Path($"/staff/{salon.StaffId}"));
                await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path($"/staff/{salon.StaffId}/time-off"),
                    new { start = "2030-02-01T00:00", end = "2030-02-02T00:00" }), HttpStatusCode.Created);
                return (staffTag, added.GetProperty("timeOff")[0].GetProperty("id").GetString());
        }
    }
}
