using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AppointmentBooking.Functions.Infrastructure.Identity;
using AppointmentBooking.LocalHost.Identity;
using AppointmentBooking.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using NodaTime;

namespace AppointmentBooking.Web.Tests.Manage;

/// <summary>The demo salon as the dashboard tests meet it: its owner signing in, bookings made by customers through the public API, and its state read back.</summary>
internal sealed class DemoSalon(SiteFixture site)
{
    public const string TenantId = "tnt-demo-salon";
    public const string Owner = "owner@demo-salon.test";
    public const string Manager = "manager@demo-salon.test";
    /// <summary>24-hour times, as the tests read them.</summary>
    public const string Locale = "en-GB";
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Africa/Johannesburg"];

    /// <summary>Today in the salon's zone, on the app's (possibly moved) clock.</summary>
    public LocalDate Today => site.Clock.GetCurrentInstant().InZone(Zone).Date;

    /// <summary>
    /// The first Tuesday to Friday at least <paramref name="days"/> days ahead: Lerato, who does manicures, works then from 14:00.
    /// Saturday to Monday all become the Tuesday, so tests that need a day of their own ask 4 or more days apart.
    /// </summary>
    public LocalDate WorkdayAhead(int days)
    {
        var date = Today.PlusDays(days);
        while (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday or IsoDayOfWeek.Monday)
        {
            date = date.PlusDays(1);
        }

        return date;
    }

    /// <summary>Signs in on the local host's development sign-in; the demo members belong to one business, which opens on its bookings screen.</summary>
    public async Task<IPage> SignInAsync(string email = Owner, int width = 1024)
    {
        var page = await SignInLocallyAsync(site, email, width);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bookings", Exact = true })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Signs <paramref name="email"/> in on the local host's development sign-in; answers wherever the dashboard goes next.</summary>
    public static async Task<IPage> SignInLocallyAsync(SiteFixture site, string email, int width = 1024)
    {
        ArgumentNullException.ThrowIfNull(site);
        var page = await site.NewPageAsync(width, Locale);
        await page.GotoAsync(new Uri(site.BaseAddress, "manage/").ToString());
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in locally" }).ClickAsync();
        return page;
    }

    /// <summary>A development token for <paramref name="email"/>, as the local sign-in mints it.</summary>
    public static string DevelopmentToken(SiteFixture site, string email)
    {
        ArgumentNullException.ThrowIfNull(site);
        var auth = site.Services.GetRequiredService<IOptions<AuthOptions>>().Value;
        return DevelopmentTokens.Mint(auth, email, site.Clock.GetCurrentInstant());
    }

    public async Task OpenDayAsync(IPage page, LocalDate date)
    {
        await page.GotoAsync(new Uri(site.BaseAddress, $"manage/{TenantId}/bookings?view=day&date={date:yyyy-MM-dd}").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bookings", Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>Books a manicure as a customer would; answers the booking's id.</summary>
    public async Task<string> BookManicureAsync(LocalDate date, int hour, string customer)
    {
        var start = new LocalDateTime(date.Year, date.Month, date.Day, hour, 0).InZoneStrictly(Zone).ToOffsetDateTime();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tenants/demo-salon/bookings")
        {
            Content = JsonContent.Create(new
            {
                serviceId = "svc-manicure",
                staffId = "any",
                start = NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Format(start),
                customer = new { name = customer, email = $"{customer.Replace(' ', '.').ToLowerInvariant()}@example.com" },
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var response = await site.Api.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Waits (up to a minute: the saga and calendar sync run in the background) until the management resource at <paramref name="path"/> has the status.</summary>
    public async Task WaitForStatusAsync(string path, string status)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(1);
        while ((await ReadAsync(path)).GetProperty("status").GetString() != status)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"{path} never became {status}.");
            await Task.Delay(250);
        }
    }

    /// <summary>A management resource as the API has it now, read with the owner's token.</summary>
    public async Task<JsonElement> ReadAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/manage/tenants/{TenantId}{path}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DevelopmentToken(site, Owner));
        var response = await site.Api.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
