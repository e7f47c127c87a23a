using System.Diagnostics;
using System.Net;
using AppointmentBooking.Integration.Tests.Calendar;
using AppointmentBooking.Integration.Tests.Fixtures;
using NodaTime;

namespace AppointmentBooking.Integration.Tests.Dashboard;

/// <summary>The dashboard's live stream: events from the tenant partition's change feed, resumable with Last-Event-ID, for members only.</summary>
[Collection(SharedApp.Name)]
public sealed class StreamTests(AppFixture fixture)
{
    private static readonly LocalDate Day = SystemClock.Instance.GetCurrentInstant().InUtc().Date.PlusDays(8);

    [Fact]
    public async Task A_booking_made_through_the_public_api_arrives_on_the_open_stream_within_a_second()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        await using var stream = await OpenAsync(salon, salon.Owner);

        // The first booking of a fresh tenant pays for warming its caches; the second is the steady state a dashboard sees.
        var warmUp = await salon.BookAsync(new LocalStart(Day, 9), "zoe@example.com");
        Assert.NotNull(await NextAboutAsync(stream, Id(warmUp), "booking.confirmed"));
        var booking = await salon.BookAsync(new LocalStart(Day, 11));
        var answered = Stopwatch.StartNew();
        var arrived = await NextAboutAsync(stream, Id(booking), "booking.created");
        var elapsed = answered.Elapsed;

        Assert.NotNull(arrived);
        Assert.Equal(("booking.created", booking.GetProperty("id").GetString()), (arrived.Type, BookingOf(arrived)));
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"The event arrived {elapsed.TotalMilliseconds:F0} ms after the booking was answered.");
        Assert.False(arrived.Data.GetRawText().Contains("ann@example.com", StringComparison.Ordinal), "The stream must not carry the customer's e-mail.");
    }

    [Fact]
    public async Task Reconnecting_with_the_last_event_id_delivers_the_missed_events_once_and_no_other_tenants_events()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var other = await ManagedSalon.CreateAsync(fixture);
        string lastId;
        await using (var stream = await OpenAsync(salon, salon.Owner))
        {
            var first = await salon.BookAsync(new LocalStart(Day, 10));
            var seen = await stream.NextAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(Id(first), seen is null ? null : BookingOf(seen));
            lastId = seen!.Id;
        }

        var missed = new[] { await salon.BookAsync(new LocalStart(Day, 12)), await salon.BookAsync(new LocalStart(Day, 14), "bob@example.com") };
        await other.BookAsync(new LocalStart(Day, 12));
        await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path($"/bookings/{Id(missed[0])}/cancel"), new { refund = false }));

        await using var resumed = await OpenAsync(salon, salon.Owner, lastEventId: lastId);
        var events = await resumed.DrainAsync(TimeSpan.FromSeconds(3));

        var ids = events.Select(e => (e.Type, BookingOf(e))).ToList();
        Assert.Equal([("booking.created", Id(missed[0])), ("booking.created", Id(missed[1])), ("booking.cancelled", Id(missed[0]))],
            ids.Where(e => e.Item1 is "booking.created" or "booking.cancelled"));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(events, e => Assert.Equal(salon.TenantId, e.Data.GetProperty("tenantId").GetString()));
        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_non_member_cannot_mint_a_stream_token_and_a_token_opens_only_its_own_tenants_stream()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var other = await ManagedSalon.CreateAsync(fixture);
        var stranger = salon.Owner.As(fixture.Token($"stranger-{Guid.NewGuid():N}@example.test"));

        var minted = await stranger.PostAsync(salon.Path("/stream-tokens"));
        var otherToken = (await ManageClient.OkAsync(await other.Owner.PostAsync(other.Path("/stream-tokens")), HttpStatusCode.Created))
            .GetProperty("token").GetString()!;
        using var crossed = await fixture.Client.GetAsync($"{salon.Path("/stream")}?token={Uri.EscapeDataString(otherToken)}", HttpCompletionOption.ResponseHeadersRead);
        using var forged = await fixture.Client.GetAsync($"{salon.Path("/stream")}?token=forged", HttpCompletionOption.ResponseHeadersRead);
        using var none = await fixture.Client.GetAsync(salon.Path("/stream"), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.Forbidden, minted.StatusCode);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], [crossed.StatusCode, forged.StatusCode, none.StatusCode]);
        Assert.Equal("application/problem+json", crossed.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_staff_member_sees_only_events_of_their_own_bookings()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var colleague = await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path("/staff"), ManagedSalon.StaffBody("Ben")), HttpStatusCode.Created);
        var staff = await salon.MemberAsync($"ben-{Guid.NewGuid():N}@example.test", "staff", colleague.GetProperty("id").GetString());
        await using var stream = await OpenAsync(salon, staff);

        await salon.BookAsync(new LocalStart(Day, 15));
        var events = await stream.DrainAsync(TimeSpan.FromSeconds(3));

        Assert.Empty(events);
    }

    [Fact]
    public async Task A_calendar_that_stops_working_is_announced_once_on_the_open_stream()
    {
        var connected = await ConnectedSalon.CreateAsync(fixture);
        var salon = connected.Salon;
        await using var stream = await OpenAsync(salon, salon.Owner);
        fixture.Google.RefuseGrantsOf(connected.Account);

        await SearchSlotsAsync(salon);
        var lost = await NextOfTypeAsync(stream, "calendar.disconnected");
        await SearchSlotsAsync(salon);
        var later = await stream.DrainAsync(TimeSpan.FromSeconds(3));

        Assert.NotNull(lost);
        Assert.Equal(salon.StaffId, lost.Data.GetProperty("data").GetProperty("staffId").GetString());
        Assert.False(lost.Data.GetProperty("data").TryGetProperty("booking", out _), "A calendar event is about no booking.");
        Assert.DoesNotContain(later, e => e.Type == "calendar.disconnected");
    }

    private async Task SearchSlotsAsync(ManagedSalon salon)
    {
        var day = ConnectedSalon.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var response = await fixture.Client.GetAsync($"/api/tenants/{salon.Slug}/slots?serviceId={salon.ServiceId}&from={day}&to={day}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<StreamedEvent?> NextOfTypeAsync(EventStreamReader stream, string type)
    {
        while (await stream.NextAsync(TimeSpan.FromSeconds(15)) is { } next)
        {
            if (next.Type == type)
            {
                return next;
            }
        }

        return null;
    }

    private async Task<EventStreamReader> OpenAsync(ManagedSalon salon, ManageClient member, string? lastEventId = null)
    {
        var minted = await ManageClient.OkAsync(await member.PostAsync(salon.Path("/stream-tokens")), HttpStatusCode.Created);
        using var request = new HttpRequestMessage(HttpMethod.Get, minted.GetProperty("url").GetString());
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await fixture.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal((HttpStatusCode.OK, "text/event-stream"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        return new EventStreamReader(response);
    }

    /// <summary>Reads on until the event of <paramref name="type"/> about <paramref name="bookingId"/>; null when it does not come.</summary>
    private static async Task<StreamedEvent?> NextAboutAsync(EventStreamReader stream, string bookingId, string type)
    {
        while (await stream.NextAsync(TimeSpan.FromSeconds(10)) is { } next)
        {
            if (next.Type == type && BookingOf(next) == bookingId)
            {
                return next;
            }
        }

        return null;
    }

    private static string? BookingOf(StreamedEvent streamed) => streamed.Data.GetProperty("data").GetProperty("booking").GetProperty("id").GetString();

    private static string Id(System.Text.Json.JsonElement booking) => booking.GetProperty("id").GetString()!;
}
