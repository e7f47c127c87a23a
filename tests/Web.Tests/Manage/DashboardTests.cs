using AppointmentBooking.Web.Tests.Fixtures;
using Microsoft.Playwright;
using NodaTime;

namespace AppointmentBooking.Web.Tests.Manage;

/// <summary>The owner's dashboard in Chromium, against the local host's demo salon.</summary>
[Collection(SharedSite.Name)]
public sealed class DashboardTests(SiteFixture site) : IDisposable
{
    // The stats screen asks the dashboard API once per day charted; on the emulators that takes seconds.
    private static readonly LocatorAssertionsToBeVisibleOptions Loading = new() { Timeout = 60_000 };
    // A live event reaches the page within the stream's poll interval; the saga and a busy machine add seconds.
    private static readonly LocatorAssertionsToBeVisibleOptions Live = new() { Timeout = 30_000 };
    private readonly DemoSalon salon = new(site);

    public void Dispose() => site.Clock.Reset();

    [Fact]
    public async Task The_owner_signs_in_locally_and_sees_the_days_and_the_weeks_bookings()
    {
        var day = salon.WorkdayAhead(10);
        await salon.BookManicureAsync(day, 15, "Dee Ashboard");
        var page = await site.NewPageAsync(locale: DemoSalon.Locale);
        await page.GotoAsync(new Uri(site.BaseAddress, "manage/").ToString());
        await site.CheckScreenAsync(page, "manage-1-sign-in");
        await page.GetByLabel("E-mail address").FillAsync(DemoSalon.Owner);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in locally" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bookings", Exact = true })).ToBeVisibleAsync();

        await salon.OpenDayAsync(page, day);
        var booking = page.Locator("[data-booking]", new() { HasText = "Dee Ashboard" });
        await Assertions.Expect(booking).ToContainTextAsync("Manicure with Lerato");
        await Assertions.Expect(booking).ToContainTextAsync("15:00");
        await site.CheckScreenAsync(page, "manage-3-day");
        await page.GetByRole(AriaRole.Link, new() { Name = "Week view" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Week of", Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-booking]", new() { HasText = "Dee Ashboard" })).ToBeVisibleAsync();
        await site.CheckScreenAsync(page, "manage-4-week");
    }

    [Fact]
    public async Task The_owner_marks_a_booking_that_started_as_a_no_show()
    {
        var day = salon.WorkdayAhead(12);
        var id = await salon.BookManicureAsync(day, 16, "Noe Show");
        site.Clock.Advance(Duration.FromDays((day - salon.Today).Days + 1));
        var page = await salon.SignInAsync();
        await page.Clock.SetFixedTimeAsync(site.Clock.GetCurrentInstant().ToDateTimeUtc());

        await salon.OpenDayAsync(page, day);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark no-show for Noe Show at 16:00" }).ClickAsync();

        var card = page.Locator($"[data-booking='{id}']");
        await Assertions.Expect(card).ToHaveAttributeAsync("data-status", "noShow");
        await Assertions.Expect(card).ToBeFocusedAsync();
        Assert.Equal("noShow", (await salon.ReadAsync($"/bookings/{id}")).GetProperty("status").GetString());
        await site.CheckScreenAsync(page, "manage-5-no-show");
    }

    [Fact]
    public async Task The_owner_cancels_a_booking_and_the_customer_keeps_nothing_held()
    {
        var day = salon.WorkdayAhead(11);
        var id = await salon.BookManicureAsync(day, 17, "Can Sell");
        var page = await salon.SignInAsync();
        await salon.OpenDayAsync(page, day);

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel the booking of Can Sell at 17:00" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        await site.CheckScreenAsync(page, "manage-6-cancel");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Cancel booking" }).ClickAsync();

        await Assertions.Expect(page.Locator($"[data-booking='{id}']")).ToHaveAttributeAsync("data-status", "cancelled");
        Assert.Equal("cancelled", (await salon.ReadAsync($"/bookings/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_booking_made_meanwhile_appears_live_on_the_owners_day()
    {
        var day = salon.WorkdayAhead(16);
        var page = await salon.SignInAsync();
        await salon.OpenDayAsync(page, day);
        await Assertions.Expect(page.GetByText("No bookings.")).ToBeVisibleAsync();

        var id = await salon.BookManicureAsync(day, 14, "Live Wire");

        var card = page.Locator($"[data-booking='{id}']");
        await Assertions.Expect(card).ToContainTextAsync("Live Wire", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("New booking: Live Wire at 14:00.");
        await site.CheckScreenAsync(page, "manage-11-live");
    }

    [Fact]
    public async Task A_stream_the_browser_gave_up_on_is_reopened_after_the_last_event_seen_and_misses_nothing()
    {
        var day = salon.WorkdayAhead(20);
        var page = await salon.SignInAsync();
        // Keeps each EventSource the page opens, so the test can end one as the browser does when its reconnect is refused.
        await page.AddInitScriptAsync("""
            window.eventSources = [];
            window.EventSource = class extends window.EventSource {
              constructor(...args) { super(...args); window.eventSources.push(this); }
            };
            """);
        await salon.OpenDayAsync(page, day);
        var first = await salon.BookManicureAsync(day, 14, "First Stream");
        await Assertions.Expect(page.Locator($"[data-booking='{first}']")).ToBeVisibleAsync(Live);

        // The new token is held back until a booking has been made while no stream was open.
        var booked = new TaskCompletionSource();
        await page.RouteAsync("**/stream-tokens", async route =>
        {
            await booked.Task;
            await route.ContinueAsync();
        });
        var reopened = page.WaitForRequestAsync(request => request.Url.Contains("/stream?", StringComparison.Ordinal), new() { Timeout = 30_000 });
        await page.EvaluateAsync("() => { const source = window.eventSources.at(-1); source.close(); source.dispatchEvent(new Event('error')); }");
        var second = await salon.BookManicureAsync(day, 15, "Second Stream");
        booked.SetResult();

        Assert.Contains("&lastEventId=", (await reopened).Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator($"[data-booking='{second}']")).ToContainTextAsync("Second Stream", new() { Timeout = Live.Timeout });
        Assert.Equal(2, await page.EvaluateAsync<int>("() => window.eventSources.length"));
    }

    [Fact]
    public async Task Stats_chart_the_bookings_and_revenue_of_each_day()
    {
        var day = salon.WorkdayAhead(40);
        var first = await salon.BookManicureAsync(day, 14, "Stat One");
        var second = await salon.BookManicureAsync(day, 15, "Stat Two");
        // Revenue counts confirmed bookings: wait for the saga to confirm both.
        await salon.WaitForStatusAsync($"/bookings/{first}", "confirmed");
        await salon.WaitForStatusAsync($"/bookings/{second}", "confirmed");
        var page = await salon.SignInAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Stats" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bookings per day" })).ToBeVisibleAsync(Loading);
        await page.GotoAsync(new Uri(site.BaseAddress, $"manage/{DemoSalon.TenantId}/stats?to={day:yyyy-MM-dd}").ToString());

        await Assertions.Expect(page.Locator("svg.chart").First.Locator("rect")).ToHaveCountAsync(7, new() { Timeout = Loading.Timeout });
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = $"Bookings per day, bar chart of 7 days: highest 2 on {day:yyyy-MM-dd}." })).ToBeVisibleAsync();
        await page.GetByText("Bookings per day: the numbers").ClickAsync();
        await page.GetByText($"Revenue per day (ZAR): the numbers").ClickAsync();
        await Assertions.Expect(page.Locator("figure.chart").Nth(0).GetByRole(AriaRole.Row, new() { Name = $"{day:yyyy-MM-dd}" })).ToContainTextAsync("2");
        await Assertions.Expect(page.Locator("figure.chart").Nth(1).GetByRole(AriaRole.Row, new() { Name = $"{day:yyyy-MM-dd}" })).ToContainTextAsync("560.00");
        await Assertions.Expect(page.Locator("[data-figure=bookings]")).ToHaveTextAsync("2");
        await site.CheckScreenAsync(page, "manage-12-stats");
    }

    [Fact]
    public async Task On_a_phone_the_dashboard_fits_the_screen()
    {
        var page = await salon.SignInAsync(width: 375);
        await salon.OpenDayAsync(page, salon.WorkdayAhead(10));

        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
        await site.CheckScreenAsync(page, "manage-7-phone");

        await page.GotoAsync(new Uri(site.BaseAddress, $"manage/{DemoSalon.TenantId}/stats").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Revenue per day", Exact = false })).ToBeVisibleAsync(Loading);
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
        await site.CheckScreenAsync(page, "manage-7-phone-stats");

        await page.GotoAsync(new Uri(site.BaseAddress, $"manage/{DemoSalon.TenantId}/staff").ToString());
        await Assertions.Expect(page.Locator("[data-calendar-status]").First).ToBeVisibleAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
        await site.CheckScreenAsync(page, "manage-7-phone-staff");
    }
}
