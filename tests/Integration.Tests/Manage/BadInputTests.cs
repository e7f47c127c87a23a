using System.Net;
using System.Text.Json;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;

namespace AppointmentBooking.Integration.Tests.Manage;

/// <summary>Bad input on every write endpoint: 400 problem+json naming the field, and nothing written.</summary>
[Collection(SharedApp.Name)]
public sealed class BadInputTests(AppFixture fixture)
{
    private static readonly string Huge = new('x', 10 * 1024);

    private sealed record Case(string Method, string Path, string Json, string Field, string? IfMatchOf = null);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["settings: unknown zone"] = new("PUT", "/settings", Settings("\"Mars/Olympus\""), "timeZone", "/settings"),
        ["settings: 10 KB name"] = new("PUT", "/settings", Settings(name: Huge), "name", "/settings"),
        ["settings: unknown currency"] = new("PUT", "/settings", Settings(currency: "XYZ"), "currency", "/settings"),
        ["settings: not an origin"] = new("PUT", "/settings", Settings(extra: ",\"allowedOrigins\":[\"ftp://files.example\"]"), "allowedOrigins[0]", "/settings"),
        ["settings: unknown gateway"] = new("PUT", "/settings", Settings(extra: ",\"payments\":{\"gateway\":\"bitcoin\"}"), "payments.gateway", "/settings"),
        ["settings: 10 KB credential"] = new("PUT", "/settings",
            Settings(extra: $",\"payments\":{{\"gateway\":\"stripe\",\"credentials\":{{\"secretKey\":\"{Huge}\"}}}}"), "payments.credentials.secretKey", "/settings"),
        ["settings: wrong type"] = new("PUT", "/settings", Settings(extra: ",\"policy\":{\"holdMinutes\":\"soon\"}"), "policy.holdMinutes", "/settings"),
        ["service: negative price"] = new("POST", "/services", """{"name":"Cut","durationMinutes":60,"priceMinor":-1}""", "priceMinor"),
        ["service: price of the wrong type"] = new("POST", "/services", """{"name":"Cut","durationMinutes":60,"priceMinor":"cheap"}""", "priceMinor"),
        ["service: no duration"] = new("POST", "/services", """{"name":"Cut","priceMinor":100}""", "durationMinutes"),
        ["service: 10 KB name"] = new("POST", "/services", $$"""{"name":"{{Huge}}","durationMinutes":60,"priceMinor":100}""", "name"),
        ["service: unknown deposit kind"] = new("POST", "/services", """{"name":"Cut","durationMinutes":60,"priceMinor":100,"deposit":{"kind":"some"}}""", "deposit.kind"),
        ["service: unknown staff"] = new("POST", "/services", """{"name":"Cut","durationMinutes":60,"priceMinor":100,"staffIds":["stf-nobody"]}""", "staffIds[0]"),
        ["service replace: negative buffer"] = new("PUT", "/services/{serviceId}",
            """{"name":"Cut","durationMinutes":60,"priceMinor":100,"bufferAfterMinutes":-5}""", "bufferAfterMinutes", "/services/{serviceId}"),
        ["staff: overlapping hours"] = new("POST", "/staff",
            """{"displayName":"Bo","weeklyHours":[{"day":"monday","start":"09:00","end":"13:00"},{"day":"monday","start":"12:00","end":"17:00"}]}""", "weeklyHours"),
        ["staff: end before start"] = new("POST", "/staff", """{"displayName":"Bo","weeklyHours":[{"day":"monday","start":"17:00","end":"09:00"}]}""",
            "weeklyHours[0].end"),
        ["staff: unknown weekday"] = new("POST", "/staff", """{"displayName":"Bo","weeklyHours":[{"day":"funday","start":"09:00","end":"17:00"}]}""",
            "weeklyHours[0].day"),
        ["staff: time off ending before it starts"] = new("POST", "/staff",
            """{"displayName":"Bo","timeOff":[{"start":"2030-01-02T00:00","end":"2030-01-01T00:00"}]}""", "timeOff[0].end"),
        ["staff: impossible override date"] = new("POST", "/staff", """{"displayName":"Bo","dateOverrides":[{"date":"2030-13-01","hours":[]}]}""",
            "dateOverrides[0].date"),
        ["staff: 10 KB name"] = new("POST", "/staff", $$"""{"displayName":"{{Huge}}"}""", "displayName"),
        ["staff: hours of the wrong type"] = new("POST", "/staff", """{"displayName":"Bo","weeklyHours":"9 to 5"}""", "weeklyHours"),
        ["staff replace: overlapping breaks day hours"] = new("PUT", "/staff/{staffId}",
            """{"displayName":"Bo","weeklyHours":[{"day":"friday","start":"08:00","end":"12:00"},{"day":"friday","start":"11:30","end":"15:00"}]}""",
            "weeklyHours", "/staff/{staffId}"),
        ["time off: end before start"] = new("POST", "/staff/{staffId}/time-off", """{"start":"2030-01-02T10:00","end":"2030-01-02T09:00"}""", "end"),
        ["time off: 10 KB reason"] = new("POST", "/staff/{staffId}/time-off", $$"""{"start":"2030-01-02T09:00","end":"2030-01-02T10:00","reason":"{{Huge}}"}""",
            "reason"),
        ["invite: not an e-mail"] = new("POST", "/members", """{"email":"not-an-address","role":"manager"}""", "email"),
        ["invite: unknown role"] = new("POST", "/members", """{"email":"a@example.test","role":"king"}""", "role"),
        ["invite: staff without a staff record"] = new("POST", "/members", """{"email":"a@example.test","role":"staff"}""", "staffId"),
        ["invite: 10 KB e-mail"] = new("POST", "/members", $$"""{"email":"{{Huge}}@example.test","role":"manager"}""", "email"),
        ["member change: unknown role"] = new("PUT", "/members/{memberId}", """{"role":"king"}""", "role", "/members/{memberId}"),
        ["staff: not an e-mail"] = new("POST", "/staff", """{"displayName":"Bo","email":"bo at salon"}""", "email"),
        ["template: unknown placeholder"] = new("PUT", "/notifications/templates/confirmation/customer",
            """{"subject":"Hi","text":"See you {{tomorrow}}","html":"<p>Hi</p>","sms":"Hi"}""", "text", "/notifications"),
        ["template: customer without a text message"] = new("PUT", "/notifications/templates/reminder/customer",
            """{"subject":"Hi","text":"Hi","html":"<p>Hi</p>"}""", "sms", "/notifications"),
        ["template: two-line subject"] = new("PUT", "/notifications/templates/confirmation/staff",
            """{"subject":"Hi\nthere","text":"Hi","html":"<p>Hi</p>"}""", "subject", "/notifications"),
        ["template: 10 KB subject"] = new("PUT", "/notifications/templates/confirmation/staff",
            $$"""{"subject":"{{Huge}}","text":"Hi","html":"<p>Hi</p>"}""", "subject", "/notifications"),
        ["quiet hours: not a time"] = new("PUT", "/notifications/quiet-hours", """{"start":"late","end":"07:00"}""", "start", "/notifications"),
        ["cancel: refund not said"] = new("POST", "/bookings/{bookingId}/cancel", "{}", "refund"),
        ["cancel: refund of the wrong type"] = new("POST", "/bookings/{bookingId}/cancel", """{"refund":"maybe"}""", "refund"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Bad_input_is_400_naming_the_field_and_nothing_is_written(string name)
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var ids = await IdsAsync(salon);
        var badCase = Cases[name];
        var ifMatch = badCase.IfMatchOf is { } resource ? (await salon.Owner.ReadAsync(salon.Path(Fill(resource, ids)))).ETag : null;
        await salon.SettleAsync();
        var before = await salon.StoredStateAsync();

        var response = await salon.Owner.SendAsync(new HttpMethod(badCase.Method), salon.Path(Fill(badCase.Path, ids)), json: badCase.Json, ifMatch: ifMatch);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "");
        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains(badCase.Field, fields);
        Assert.True(response.Content.Headers.ContentLength < 4096, "the problem does not echo the 10 KB value");
        Assert.Equal(before, await salon.StoredStateAsync());
    }

    public static TheoryData<string, string> BadSignUps => new()
    {
        { """{"name":"A","slug":"{slug}","timeZone":"Mars/Olympus","currency":"ZAR"}""", "timeZone" },
        { """{"name":"A","slug":"{slug}","timeZone":"Africa/Johannesburg","currency":"ZZZ"}""", "currency" },
        { """{"name":"A","slug":"Not A Slug!","timeZone":"Africa/Johannesburg","currency":"ZAR"}""", "slug" },
        { """{"slug":"{slug}","timeZone":"Africa/Johannesburg","currency":"ZAR"}""", "name" },
        { """{"name":"A","slug":"{slug}","timeZone":"Africa/Johannesburg","currency":"ZAR","policy":{"holdMinutes":-1}}""", "policy.holdMinutes" },
        { """{"name":"A","slug":"{slug}","timeZone":"Africa/Johannesburg","currency":"ZAR","deposit":{"kind":"percentage","percent":150}}""", "deposit.percent" },
        { """{"name":"A","slug":"{slug}","timeZone":"Africa/Johannesburg","currency":"ZAR","policy":"relaxed"}""", "policy" },
    };

    [Theory]
    [MemberData(nameof(BadSignUps))]
    public async Task A_bad_sign_up_is_400_naming_the_field_and_takes_no_slug(string json, string field)
    {
        var slug = $"bad-{Guid.NewGuid():N}"[..20];
        var owner = new ManageClient(fixture, fixture.Token($"founder-{Guid.NewGuid():N}@example.test"));

        var response = await owner.SendAsync(HttpMethod.Post, "/api/tenants", json: json.Replace("{slug}", slug, StringComparison.Ordinal));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "");
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == field);
        Assert.Null(await fixture.Store.ReadAsync<TenantSlugDocument>(DocumentTypes.DirectoryPartition, slug, CancellationToken.None));
    }

    private static string Settings(string zone = "\"Africa/Johannesburg\"", string name = "Renamed", string currency = "ZAR", string extra = "")
    {
        var policy = extra.Contains("\"policy\"", StringComparison.Ordinal)
            ? string.Empty
            : ",\"policy\":{\"minimumNoticeMinutes\":60,\"maximumDaysAhead\":30,\"slotIntervalMinutes\":15,\"holdMinutes\":15,\"cancellationWindowHours\":24}";
        return $$"""{"name":{{JsonSerializer.Serialize(name)}},"timeZone":{{zone}},"currency":"{{currency}}"{{policy}}{{extra}}}""";
    }

    private static async Task<Dictionary<string, string>> IdsAsync(ManagedSalon salon)
    {
        await salon.MemberAsync($"manager-{Guid.NewGuid():N}@example.test", "manager");
        var members = await ManageClient.OkAsync(await salon.Owner.GetAsync(salon.Path("/members")));
        var booking = await salon.BookAsync(new LocalStart(NodaTime.SystemClock.Instance.GetCurrentInstant().InUtc().Date.PlusDays(9), 10));
        return new Dictionary<string, string>
        {
            ["{serviceId}"] = salon.ServiceId,
            ["{staffId}"] = salon.StaffId,
            ["{memberId}"] = members.EnumerateArray().First(m => m.GetProperty("role").GetString() == "manager").GetProperty("id").GetString()!,
            ["{bookingId}"] = booking.GetProperty("id").GetString()!,
        };
    }

    private static string Fill(string path, Dictionary<string, string> ids) =>
        ids.Aggregate(path, (filled, id) => filled.Replace(id.Key, id.Value, StringComparison.Ordinal));
}
