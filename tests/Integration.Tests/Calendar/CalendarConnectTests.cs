using System.Net;
using System.Text.Json;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Calendar;
using AppointmentBooking.Functions.Application.Tenants;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AppointmentBooking.Integration.Tests.Calendar;

/// <summary>Connecting a staff member's Google Calendar: the OAuth flow end to end, and every answer the callback must refuse.</summary>
[Collection(SharedApp.Name)]
public sealed class CalendarConnectTests(AppFixture fixture)
{
    [Fact]
    public async Task Owner_connects_a_staff_calendar_and_the_refresh_token_is_stored_sealed_and_never_logged()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        using var flow = new CalendarConsentFlow(fixture, fixture.Token(salon.OwnerEmail), salon.TenantId, salon.StaffId);
        var account = Account();
        string callbackBody;
        IReadOnlyList<string> logs;
        using (fixture.Logs.Capture())
        {
            var callback = await flow.CallbackAsync(await flow.ConsentAsync(account));
            callbackBody = await callback.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, callback.StatusCode);
            logs = fixture.Logs.Lines;
        }

        var refreshToken = CalendarConsentFlow.GrantOf(fixture, account).RefreshToken;
        var status = await ManageClient.OkAsync(await salon.Owner.GetAsync(flow.CalendarPath));
        Assert.Equal("connected", status.GetProperty("status").GetString());
        Assert.Equal("primary", status.GetProperty("calendarId").GetString());
        Assert.Contains("https://www.googleapis.com/auth/calendar.events", status.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var stored = await fixture.Store.ReadAsync<CalendarConnectionDocument>(salon.TenantId, $"cal-{salon.StaffId}", CancellationToken.None);
        var sealer = fixture.Services.GetRequiredService<CredentialSealer>();
        Assert.StartsWith($"v2:{sealer.CurrentKeyId}:", stored!.SealedRefreshToken, StringComparison.Ordinal);
        Assert.Equal(refreshToken, sealer.Open(salon.TenantId, CalendarAccess.SecretName(salon.StaffId), new SealedSecret(stored.SealedRefreshToken)));
        Assert.DoesNotContain(refreshToken, JsonSerializer.Serialize(stored), StringComparison.Ordinal);
        Assert.DoesNotContain(refreshToken, callbackBody + status.GetRawText(), StringComparison.Ordinal);
        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, line => line.Contains(refreshToken, StringComparison.Ordinal) || line.Contains("ya29.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Staff_connect_their_own_calendar_and_no_one_elses()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var other = await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path("/staff"), ManagedSalon.StaffBody("Ben")), HttpStatusCode.Created);
        var email = $"staff-{Guid.NewGuid():N}@example.test";
        await salon.MemberAsync(email, "staff", salon.StaffId);
        using var own = new CalendarConsentFlow(fixture, fixture.Token(email), salon.TenantId, salon.StaffId);
        using var colleague = new CalendarConsentFlow(fixture, fixture.Token(email), salon.TenantId, other.GetProperty("id").GetString()!);

        await own.ConnectAsync(Account());
        var refused = await colleague.StartAsync();

        await refused.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Null(await fixture.Store.ReadAsync<CalendarConnectionDocument>(salon.TenantId, $"cal-{other.GetProperty("id").GetString()}",
            CancellationToken.None));
    }

    [Fact]
    public async Task A_tampered_state_is_refused_and_nothing_is_stored()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        using var flow = new CalendarConsentFlow(fixture, fixture.Token(salon.OwnerEmail), salon.TenantId, salon.StaffId);
        var callback = await flow.ConsentAsync(Account());
        var state = Query(callback, "state");
        var flipped = state[..20] + (state[20] == 'A' ? 'B' : 'A') + state[21..];

        var response = await flow.CallbackAsync(new Uri(callback.GetLeftPart(UriPartial.Path)
            + $"?code={Uri.EscapeDataString(Query(callback, "code"))}&state={Uri.EscapeDataString(flipped)}"));
        var missing = await flow.CallbackAsync(new Uri(callback.GetLeftPart(UriPartial.Path) + $"?code={Uri.EscapeDataString(Query(callback, "code"))}"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "calendar-consent-refused");
        await missing.AssertProblemAsync(HttpStatusCode.BadRequest, "calendar-consent-refused");
        Assert.Empty(await ConnectionsAsync(salon));
    }

    [Fact]
    public async Task An_expired_state_is_refused_and_nothing_is_stored()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        using var flow = new CalendarConsentFlow(fixture, fixture.Token(salon.OwnerEmail), salon.TenantId, salon.StaffId);
        var callback = await flow.ConsentAsync(Account());
        fixture.Clock.Advance(Duration.FromMinutes(11));
        try
        {
            var response = await flow.CallbackAsync(callback);

            var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "calendar-consent-refused");
            Assert.Contains("longer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            fixture.Clock.Reset();
        }

        Assert.Empty(await ConnectionsAsync(salon));
    }

    [Fact]
    public async Task A_replayed_answer_is_refused_and_changes_nothing()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        using var flow = new CalendarConsentFlow(fixture, fixture.Token(salon.OwnerEmail), salon.TenantId, salon.StaffId);
        var callback = await flow.ConsentAsync(Account());
        await ManageClient.OkAsync(await flow.CallbackAsync(callback));
        var before = await salon.StoredStateAsync();

        var replayed = await flow.CallbackAsync(callback);

        await replayed.AssertProblemAsync(HttpStatusCode.BadRequest, "calendar-consent-refused");
        Assert.Equal(before, await salon.StoredStateAsync());
    }

    [Fact]
    public async Task Declined_consent_is_refused_and_nothing_is_stored()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        using var flow = new CalendarConsentFlow(fixture, fixture.Token(salon.OwnerEmail), salon.TenantId, salon.StaffId);
        fixture.Google.ConsentError = "access_denied";

        var response = await flow.CallbackAsync(await flow.ConsentAsync(Account()));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "calendar-consent-refused");
        Assert.Empty(await ConnectionsAsync(salon));
    }

    [Fact]
    public async Task Disconnecting_revokes_the_grant_at_google_and_forgets_it()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        using var flow = new CalendarConsentFlow(fixture, fixture.Token(salon.OwnerEmail), salon.TenantId, salon.StaffId);
        var account = Account();
        await flow.ConnectAsync(account);

        var disconnected = await ManageClient.OkAsync(await salon.Owner.DeleteAsync(flow.CalendarPath, ifMatch: null));

        Assert.True(disconnected.GetProperty("revoked").GetBoolean());
        Assert.False(CalendarConsentFlow.GrantOf(fixture, account).IsLive);
        Assert.Equal("notConnected", (await ManageClient.OkAsync(await salon.Owner.GetAsync(flow.CalendarPath))).GetProperty("status").GetString());
        Assert.Empty(await ConnectionsAsync(salon));
    }

    [Fact]
    public async Task Connecting_without_a_google_client_says_which_settings_to_fill()
    {
        var other = await fixture.StartAnotherAppAsync(new Dictionary<string, string?> { ["Google:ClientId"] = "" });
        try
        {
            var salon = await ManagedSalon.CreateAsync(fixture);
            using var client = new HttpClient { BaseAddress = other.BaseAddress() };
            client.DefaultRequestHeaders.Authorization = new("Bearer", fixture.Token(salon.OwnerEmail));

            var response = await client.GetAsync($"/api/manage/tenants/{salon.TenantId}/staff/{salon.StaffId}/calendar/connect");

            var problem = await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "calendar-not-configured");
            Assert.Contains("Google__ClientId", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            await other.StopAsync();
            await other.DisposeAsync();
        }
    }

    internal static string Account() => $"staff-{Guid.NewGuid():N}@example.test";

    private Task<IReadOnlyList<CalendarConnectionDocument>> ConnectionsAsync(ManagedSalon salon) =>
        fixture.Store.QueryAsync<CalendarConnectionDocument>(salon.TenantId, DocumentTypes.CalendarConnection, PartitionQuery.All, CancellationToken.None);

    private static string Query(Uri uri, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query)[name].ToString();
}
