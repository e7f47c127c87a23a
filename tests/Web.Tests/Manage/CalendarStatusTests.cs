using System.Text.RegularExpressions;
using AppointmentBooking.Web.Tests.Fixtures;
using Microsoft.Playwright;

namespace AppointmentBooking.Web.Tests.Manage;

/// <summary>A staff member's Google Calendar on the dashboard: connecting it through Google's consent, and the reconnect prompt once Google refuses the grant.</summary>
[Collection(SharedSite.Name)]
public sealed class CalendarStatusTests(SiteFixture site)
{
    private const string Lerato = "stf-lerato";
    // Consent, the saga's calendar sync and the dashboard's polling each take a few seconds on a busy machine.
    private static readonly LocatorAssertionsToHaveAttributeOptions Slow = new() { Timeout = 60_000 };
    private readonly DemoSalon salon = new(site);

    [Fact]
    public async Task The_owner_connects_Leratos_calendar_sees_it_needs_a_reconnect_once_Google_refuses_it_and_reconnects_it()
    {
        var page = await salon.SignInAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Staff and hours" }).ClickAsync();
        var status = page.Locator($"[data-staff={Lerato}] .calendar-status");
        await Assertions.Expect(status).ToHaveAttributeAsync("data-calendar-status", "notConnected");
        await Assertions.Expect(status).ToContainTextAsync("Calendar not connected");
        await site.CheckScreenAsync(page, "manage-13-calendar-not-connected");

        await ConsentAsync(page, "Connect calendar of Lerato");
        await Assertions.Expect(status).ToHaveAttributeAsync("data-calendar-status", "connected", Slow);
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Lerato's calendar is connected.");
        Assert.Equal("connected", (await salon.ReadAsync($"/staff/{Lerato}/calendar")).GetProperty("status").GetString());
        await site.CheckScreenAsync(page, "manage-14-calendar-connected");

        // Google refuses the grant (revoked in the Google account): the next booking's calendar sync finds out.
        site.Google.RefuseGrantsOf(site.Google.ConsentAccount);
        await salon.BookManicureAsync(salon.WorkdayAhead(28), 15, "Cal Endar");
        await salon.WaitForStatusAsync($"/staff/{Lerato}/calendar", "needsReconnect");
        await page.ReloadAsync();

        await Assertions.Expect(status).ToHaveAttributeAsync("data-calendar-status", "needsReconnect");
        await Assertions.Expect(status).ToContainTextAsync("Calendar disconnected: reconnect needed.");
        Assert.Equal("needsReconnect", (await salon.ReadAsync($"/staff/{Lerato}/calendar")).GetProperty("status").GetString());
        await site.CheckScreenAsync(page, "manage-15-calendar-reconnect");

        await ConsentAsync(page, "Reconnect calendar of Lerato");
        await Assertions.Expect(status).ToHaveAttributeAsync("data-calendar-status", "connected", Slow);
        Assert.Equal("connected", (await salon.ReadAsync($"/staff/{Lerato}/calendar")).GetProperty("status").GetString());
    }

    /// <summary>Clicks the button, and gives consent on the fake Google in the tab it opens (approving at once, it lands on the API's callback).</summary>
    private static async Task ConsentAsync(IPage page, string button)
    {
        var consent = await page.RunAndWaitForPopupAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync());
        await consent.WaitForURLAsync("**/api/calendar/oauth/callback?**");
        await Assertions.Expect(consent.Locator("body")).ToContainTextAsync(new Regex("\"status\":\\s*\"connected\""));
        await consent.CloseAsync();
    }
}
