using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.LocalHost.Fakes.Google;

namespace AppointmentBooking.Integration.Tests.Calendar;

/// <summary>
/// What a person's browser does to connect a calendar: call connect with the bearer token (302 to
/// Google), approve on Google's page (302 back to the app's callback with code and state), land on the
/// callback. Each step can be stopped, to tamper with or replay what the browser carries.
/// </summary>
internal sealed class CalendarConsentFlow(AppFixture fixture, string token, string tenantId, string staffId) : IDisposable
{
    private readonly HttpClient browser = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Client.BaseAddress };

    public string CalendarPath => $"/api/manage/tenants/{tenantId}/staff/{staffId}/calendar";

    /// <summary>The connect endpoint's answer (302 to Google's consent page unless it refuses).</summary>
    public async Task<HttpResponseMessage> StartAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, CalendarPath + "/connect");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await browser.SendAsync(request);
    }

    /// <summary>Starts, consents as <paramref name="account"/> on the fake Google, and answers the callback URL Google redirects to.</summary>
    public async Task<Uri> ConsentAsync(string account)
    {
        var start = await StartAsync();
        Assert.Equal(HttpStatusCode.Found, start.StatusCode);
        fixture.Google.ConsentAccount = account;
        var consent = await browser.GetAsync(start.Headers.Location!);
        Assert.Equal(HttpStatusCode.Found, consent.StatusCode);
        return consent.Headers.Location!;
    }

    public Task<HttpResponseMessage> CallbackAsync(Uri callback) => browser.GetAsync(callback);

    /// <summary>The whole flow; asserts the calendar is connected and answers the connection.</summary>
    public async Task<JsonElement> ConnectAsync(string account)
    {
        var connected = await ManageClient.OkAsync(await CallbackAsync(await ConsentAsync(account)));
        Assert.Equal("connected", connected.GetProperty("status").GetString());
        return connected;
    }

    /// <summary>The grant Google gave for <paramref name="account"/> (the fake's view: the plain refresh token).</summary>
    public static FakeGoogleGrant GrantOf(AppFixture fixture, string account) => fixture.Google.Grants.Single(g => g.Account == account);

    public void Dispose() => browser.Dispose();
}
