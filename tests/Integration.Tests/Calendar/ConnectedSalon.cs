using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.LocalHost.Fakes.Google;
using NodaTime;

namespace AppointmentBooking.Integration.Tests.Calendar;

/// <summary>A managed salon whose staff member connected a Google account of their own on the fake Google.</summary>
internal sealed record ConnectedSalon(AppFixture Fixture, ManagedSalon Salon, string Account)
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Africa/Johannesburg"];

    /// <summary>A day with nothing booked yet, three days ahead, in the salon's zone.</summary>
    public static LocalDate Day => SystemClock.Instance.GetCurrentInstant().InZone(Zone).Date.PlusDays(3);

    public string CalendarPath => Salon.Path($"/staff/{Salon.StaffId}/calendar");

    public IReadOnlyList<FakeCalendarEvent> Events => [.. Fixture.Google.EventsOf(Account)];

    public static async Task<ConnectedSalon> CreateAsync(AppFixture fixture)
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var account = CalendarConnectTests.Account();
        using var flow = new CalendarConsentFlow(fixture, fixture.Token(salon.OwnerEmail), salon.TenantId, salon.StaffId);
        await flow.ConnectAsync(account);
        return new ConnectedSalon(fixture, salon, account);
    }

    /// <summary>Books at <paramref name="hour"/> on <see cref="Day"/> and waits until its saga has finished.</summary>
    public async Task<JsonElement> BookAndSettleAsync(int hour)
    {
        var booking = await Salon.BookAsync(new LocalStart(Day, hour));
        await Salon.SettleAsync();
        return booking;
    }

    public async Task<JsonElement> StatusAsync() => await ManageClient.OkAsync(await Salon.Owner.GetAsync(CalendarPath));

    /// <summary>Cancels or moves the booking as its customer, with its access token.</summary>
    public async Task<HttpResponseMessage> ActAsync(JsonElement booking, string action, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tenants/{Salon.Slug}/bookings/{BookingClient.Id(booking)}/{action}")
        {
            Content = JsonContent.Create(body ?? new { }),
        };
        request.Headers.Add("Booking-Access-Token", BookingClient.Token(booking));
        var response = await Fixture.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    /// <summary>Waits until the staff member's calendar shows what <paramref name="done"/> expects.</summary>
    public Task<IReadOnlyList<FakeCalendarEvent>> EventuallyAsync(Func<IReadOnlyList<FakeCalendarEvent>, bool> done) =>
        Eventually.ExpectAsync(() => Task.FromResult(Events), done, TimeSpan.FromSeconds(30));
}
