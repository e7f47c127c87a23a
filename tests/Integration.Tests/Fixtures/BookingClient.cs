using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>Speaks the public booking API for one test tenant, and looks at what got stored.</summary>
public sealed class BookingClient(AppFixture fixture, TestTenant tenant)
{
    /// <summary>A date far enough ahead for any notice, inside the booking window.</summary>
    public static LocalDate Day { get; } = SystemClock.Instance.GetCurrentInstant().InUtc().Date.PlusDays(10);

    public static string At(int hour, int minute = 0, LocalDate? date = null) =>
        (date ?? Day).At(new LocalTime(hour, minute)).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+02:00";

    public static object Body(string serviceId, string start, string staffId = "stf-a", string email = "ann@example.com") =>
        new { serviceId, staffId, start, customer = new { name = "Ann", email } };

    public Task<HttpResponseMessage> BookAsync(object body, string? idempotencyKey = null) =>
        PostAsync($"/api/tenants/{tenant.Slug}/bookings", JsonSerializer.Serialize(body), idempotencyKey ?? Guid.NewGuid().ToString());

    public async Task<HttpResponseMessage> PostAsync(string path, string json, string? idempotencyKey = null, string? accessToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await SendAsync(request, accessToken);
    }

    /// <summary>Reads a booking of a tenant with an access token in the header the API expects.</summary>
    public async Task<HttpResponseMessage> ReadAsync(string slug, string bookingId, string? accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/tenants/{slug}/bookings/{bookingId}");
        return await SendAsync(request, accessToken);
    }

    public async Task<JsonElement> BookOkAsync(object body, string? idempotencyKey = null)
    {
        var response = await BookAsync(body, idempotencyKey);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<HttpResponseMessage> ActAsync(JsonElement booking, string action, object? body = null) =>
        PostAsync($"{Link(booking)}/{action}", body is null ? "{}" : JsonSerializer.Serialize(body), accessToken: Token(booking));

    public Task<HttpResponseMessage> GetAsync(JsonElement booking) => ReadAsync(tenant.Slug, Id(booking), Token(booking));

    /// <summary>The booking as its customer reads it now.</summary>
    public async Task<JsonElement> ReadNowAsync(JsonElement booking) =>
        await (await GetAsync(booking)).Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Waits until the booking's saga reports <paramref name="step"/>; answers the booking as read then, and fails when it never does.</summary>
    public async Task<JsonElement> WaitForProgressAsync(JsonElement booking, string step, TimeSpan? timeout = null)
    {
        var read = await Eventually.ExpectAsync(() => ReadNowAsync(booking), read => Progress(read) == step, timeout ?? TimeSpan.FromSeconds(60));
        Assert.True(Progress(read) == step, $"The saga of booking {Id(booking)} did not reach '{step}'; the booking reads {read.GetRawText()}");
        return read;
    }

    private static string? Progress(JsonElement booking) => booking.TryGetProperty("progress", out var progress) ? progress.GetString() : null;

    public Task<IReadOnlyList<DayLedgerDocument>> LedgersAsync() => StoredAsync<DayLedgerDocument>(DocumentTypes.DayLedger);

    public Task<IReadOnlyList<AppointmentDocument>> AppointmentsAsync() => StoredAsync<AppointmentDocument>(DocumentTypes.Appointment);

    /// <summary>
    /// Ledger claims and appointments of the tenant: what a rejected request must not have written.
    /// (Customer records are written later by a queue function, and only for bookings that were made.)
    /// </summary>
    public async Task<int> WrittenCountAsync() =>
        (await LedgersAsync()).Sum(l => l.Entries.Count) + (await AppointmentsAsync()).Count;

    private Task<IReadOnlyList<T>> StoredAsync<T>(string type)
        where T : CosmosDocument =>
        fixture.Store.QueryAsync<T>(tenant.TenantId, type, PartitionQuery.All, CancellationToken.None);

    public static string Id(JsonElement booking) => booking.GetProperty("id").GetString()!;

    public static string Token(JsonElement booking) => booking.GetProperty("accessToken").GetString()!;

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? accessToken)
    {
        if (accessToken is not null)
        {
            request.Headers.Add("Booking-Access-Token", accessToken);
        }

        return await fixture.Client.SendAsync(request);
    }

    private string Link(JsonElement booking) => $"/api/tenants/{tenant.Slug}/bookings/{Id(booking)}";
}
