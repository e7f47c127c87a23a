using System.Text.Json;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AppointmentBooking.Web.Tests.Booking;

/// <summary>The booking site in Chromium, against the local host's demo salon.</summary>
[Collection(SharedSite.Name)]
public sealed class BookingPageTests(SiteFixture site)
{
    private const string Salon = "demo-salon";
    private static readonly TimeSpan Settling = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_service_without_deposit_is_booked_end_to_end_and_each_screen_is_accessible()
    {
        var page = await OpenAsync();
        await site.CheckScreenAsync(page, "booking-1-services");

        await page.GetByRole(AriaRole.Button, new() { Name = "Book Manicure" }).ClickAsync();
        await site.CheckScreenAsync(page, "booking-2-month");
        await FirstFreeDay(page).ClickAsync();
        await site.CheckScreenAsync(page, "booking-3-times");
        await page.Locator("[data-start]").First.ClickAsync();
        await site.CheckScreenAsync(page, "booking-4-details");
        await FillDetailsAsync(page, "Ann Booker");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-status=confirmed]")).ToBeVisibleAsync(new() { Timeout = (float)Settling.TotalMilliseconds });
        Assert.Contains($"/{Salon}/bookings/", page.Url);
        await site.CheckScreenAsync(page, "booking-5-confirmed");
    }

    [Fact]
    public async Task A_deposit_is_paid_through_the_simulator_and_the_booking_page_follows_it_to_confirmed()
    {
        var page = await OpenAsync();
        await ChooseFirstSlotAsync(page, "Book Cut and blow-dry");
        await FillDetailsAsync(page, "Dee Posit");

        await page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"{site.PayFast.BaseAddress}eng/process");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay" }).ClickAsync();

        await page.WaitForURLAsync($"{site.BaseAddress}{Salon}/bookings/**");
        await Assertions.Expect(page.Locator("[data-status=confirmed]")).ToBeVisibleAsync(new() { Timeout = (float)Settling.TotalMilliseconds });
        await site.CheckScreenAsync(page, "booking-6-deposit-confirmed");
    }

    [Fact]
    public async Task A_time_taken_meanwhile_offers_the_nearest_free_times()
    {
        var page = await OpenAsync();
        var start = await ChooseFirstSlotAsync(page, "Book Manicure");
        await FillDetailsAsync(page, "Late Comer");
        await BookThroughTheApiAsync("svc-manicure", start);

        await page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "That time was just taken" })).ToBeVisibleAsync();
        Assert.True(await page.Locator(".times button").CountAsync() > 0);
        await site.CheckScreenAsync(page, "booking-7-alternatives");
    }

    [Fact]
    public async Task A_request_whose_answer_is_lost_is_sent_again_and_books_once()
    {
        var page = await OpenAsync();
        var start = await ChooseFirstSlotAsync(page, "Book Manicure");
        await FillDetailsAsync(page, "Net Work");
        var dropped = false;
        await page.RouteAsync("**/api/tenants/*/bookings", async route =>
        {
            if (!dropped && route.Request.Method == "POST")
            {
                dropped = true;
                await route.FetchAsync();
                await route.AbortAsync("connectionreset");
                return;
            }

            await route.ContinueAsync();
        });

        await page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-status]")).ToBeVisibleAsync(new() { Timeout = (float)Settling.TotalMilliseconds });
        Assert.True(dropped);
        Assert.Equal(1, await AppointmentsStartingAsync(start));
    }

    [Fact]
    public async Task The_manage_link_stops_reminders_and_cancels_the_booking()
    {
        var page = await OpenAsync();
        await ChooseFirstSlotAsync(page, "Book Manicure");
        await FillDetailsAsync(page, "Can Celled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-status=confirmed]")).ToBeVisibleAsync(new() { Timeout = (float)Settling.TotalMilliseconds });
        var manageLink = await page.GetByRole(AriaRole.Link, new() { Name = "manage my booking" }).GetAttributeAsync("href");

        var other = await site.NewPageAsync();
        await other.GotoAsync(manageLink!);
        await other.GetByRole(AriaRole.Button, new() { Name = "Stop reminders" }).ClickAsync();
        await Assertions.Expect(other.GetByRole(AriaRole.Button, new() { Name = "Reminders stopped" })).ToBeDisabledAsync();
        other.Dialog += (_, dialog) => dialog.AcceptAsync();
        await other.GetByRole(AriaRole.Button, new() { Name = "Cancel booking" }).ClickAsync();

        await Assertions.Expect(other.Locator("[data-status=cancelled]")).ToBeVisibleAsync();
        await site.CheckScreenAsync(other, "booking-8-cancelled");
    }

    [Fact]
    public async Task Bad_details_are_marked_on_their_fields_before_anything_is_sent()
    {
        var page = await OpenAsync();
        await ChooseFirstSlotAsync(page, "Book Manicure");
        await page.GetByLabel("Your name").FillAsync("Ann");
        await page.GetByLabel("E-mail").FillAsync("not-an-address");

        await page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByLabel("E-mail")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#error-email")).ToContainTextAsync("valid e-mail");
        await site.CheckScreenAsync(page, "booking-9-field-errors");
    }

    [Fact]
    public async Task On_a_phone_the_pages_fit_the_screen()
    {
        var page = await OpenAsync(width: 375);
        await page.GetByRole(AriaRole.Button, new() { Name = "Book Manicure" }).ClickAsync();

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");

        Assert.False(overflow);
        await site.CheckScreenAsync(page, "booking-10-phone");
    }

    private async Task<IPage> OpenAsync(int width = 1024)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync(new Uri(site.BaseAddress, Salon).ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choose a service" })).ToBeVisibleAsync();
        return page;
    }

    private static ILocator FirstFreeDay(IPage page) => page.Locator(".month button:not([disabled])").First;

    /// <summary>Goes from the service list to the details form of the first free time; answers that time's start.</summary>
    private static async Task<string> ChooseFirstSlotAsync(IPage page, string bookButton)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = bookButton }).ClickAsync();
        await FirstFreeDay(page).ClickAsync();
        var time = page.Locator("[data-start]").First;
        var start = (await time.GetAttributeAsync("data-start"))!;
        await time.ClickAsync();
        return start;
    }

    private static async Task FillDetailsAsync(IPage page, string name)
    {
        await page.GetByLabel("Your name").FillAsync(name);
        await page.GetByLabel("E-mail").FillAsync($"{name.Replace(' ', '.').ToLowerInvariant()}@example.com");
    }

    private async Task BookThroughTheApiAsync(string serviceId, string start)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tenants/{Salon}/bookings")
        {
            Content = JsonContent.Create(new { serviceId, staffId = "any", start, customer = new { name = "Quick", email = "quick@example.com" } }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var response = await site.Api.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<int> AppointmentsStartingAsync(string start)
    {
        var store = site.Services.GetRequiredService<CosmosStore>();
        var appointments = await store.QueryAsync<AppointmentDocument>("tnt-demo-salon", DocumentTypes.Appointment, PartitionQuery.All, CancellationToken.None);
        var instant = NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Parse(start).Value.ToInstant();
        return appointments.Count(a => a.Start == instant);
    }
}
