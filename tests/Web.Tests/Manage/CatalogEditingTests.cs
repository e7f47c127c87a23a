using AppointmentBooking.Web.Tests.Fixtures;
using Microsoft.Playwright;
using NodaTime;

namespace AppointmentBooking.Web.Tests.Manage;

/// <summary>Services, hours and time off edited on the dashboard: the public booking page follows at once, and a stale edit is refused, not saved over another's.</summary>
[Collection(SharedSite.Name)]
public sealed class CatalogEditingTests(SiteFixture site)
{
    private readonly DemoSalon salon = new(site);

    [Fact]
    public async Task Two_owners_edit_the_same_service_and_the_second_sees_the_conflict_with_nothing_overwritten()
    {
        var before = await salon.ReadAsync("/services/svc-full-colour");
        var owner = await OpenServiceAsync(DemoSalon.Owner);
        var manager = await OpenServiceAsync(DemoSalon.Manager);
        var description = $"Root to tip, with a gloss ({Guid.NewGuid():N})";

        await owner.GetByLabel("Description").FillAsync(description);
        await owner.GetByRole(AriaRole.Button, new() { Name = "Save service" }).ClickAsync();
        await Assertions.Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Services" })).ToBeVisibleAsync();
        await manager.GetByLabel("Price (ZAR)").FillAsync("999.00");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save service" }).ClickAsync();

        var alert = manager.Locator("[data-problem=conflict]");
        await Assertions.Expect(alert).ToBeVisibleAsync();
        await Assertions.Expect(alert).ToBeFocusedAsync();
        await Assertions.Expect(alert).ToContainTextAsync("your changes were not saved");
        var after = await salon.ReadAsync("/services/svc-full-colour");
        Assert.Equal(description, after.GetProperty("description").GetString());
        Assert.Equal(before.GetProperty("price").GetProperty("amountMinor").GetInt64(), after.GetProperty("price").GetProperty("amountMinor").GetInt64());
        await site.CheckScreenAsync(manager, "manage-8-service-conflict");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Reload the service" }).ClickAsync();
        await Assertions.Expect(manager.GetByLabel("Description")).ToHaveValueAsync(description);
    }

    [Fact]
    public async Task Hours_and_time_off_edited_on_the_dashboard_change_the_public_booking_page()
    {
        var monday = NextMonday();
        var away = salon.WorkdayAhead(24);
        var customer = await site.NewPageAsync();
        Assert.True(await DayIsDisabledAsync(customer, monday));
        Assert.False(await DayIsDisabledAsync(customer, away));

        var page = await salon.SignInAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Staff and hours" }).ClickAsync();
        await site.CheckScreenAsync(page, "manage-9-staff");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hours and time off of Lerato" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add hours" }).ClickAsync();
        var rows = page.Locator("form.hours tbody tr");
        var added = await rows.CountAsync();
        await page.GetByLabel($"Day, row {added}").SelectOptionAsync("monday");
        await page.GetByLabel($"From, row {added}").FillAsync("09:00");
        await page.GetByLabel($"To, row {added}").FillAsync("12:00");
        await site.CheckScreenAsync(page, "manage-10-hours");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save hours" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Lerato's hours saved.");
        await page.GetByLabel("From", new() { Exact = true }).FillAsync($"{away:yyyy-MM-dd}T00:00");
        await page.GetByLabel("Until", new() { Exact = true }).FillAsync($"{away.PlusDays(1):yyyy-MM-dd}T00:00");
        await page.GetByLabel("Reason (optional)").FillAsync("Training");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add time off" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Time off added.");
        await Assertions.Expect(page.Locator(".time-off")).ToContainTextAsync("Training");

        Assert.False(await DayIsDisabledAsync(customer, monday));
        Assert.True(await DayIsDisabledAsync(customer, away));
    }

    private async Task<IPage> OpenServiceAsync(string email)
    {
        var page = await salon.SignInAsync(email);
        await page.GetByRole(AriaRole.Link, new() { Name = "Services" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit Full colour" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit Full colour" })).ToBeVisibleAsync();
        return page;
    }

    private LocalDate NextMonday()
    {
        var date = salon.Today.PlusDays(1);
        while (date.DayOfWeek != IsoDayOfWeek.Monday)
        {
            date = date.PlusDays(1);
        }

        return date;
    }

    /// <summary>Opens the manicure's month on the public booking page that holds the date; answers whether the date offers no time.</summary>
    private async Task<bool> DayIsDisabledAsync(IPage page, LocalDate date)
    {
        await page.GotoAsync(new Uri(site.BaseAddress, "demo-salon").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Book Manicure" }).ClickAsync();
        var month = salon.Today.With(DateAdjusters.StartOfMonth);
        await Assertions.Expect(page.Locator($"[data-date='{month:yyyy-MM-dd}']")).ToBeAttachedAsync();
        while (month < date.With(DateAdjusters.StartOfMonth))
        {
            month = month.PlusMonths(1);
            await page.GetByRole(AriaRole.Button, new() { Name = "Next month" }).ClickAsync();
            await Assertions.Expect(page.Locator($"[data-date='{month:yyyy-MM-dd}']")).ToBeAttachedAsync();
        }

        return await page.Locator($"[data-date='{date:yyyy-MM-dd}']").IsDisabledAsync();
    }
}
