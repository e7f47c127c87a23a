using AppointmentBooking.Web.Tests.Fixtures;
using Microsoft.Playwright;

namespace AppointmentBooking.Web.Tests.Manage;

/// <summary>After signing in, the dashboard lists the businesses the person belongs to (GET /api/manage/tenants); with one, it opens it.</summary>
[Collection(SharedSite.Name)]
public sealed class BusinessChoiceTests(SiteFixture site)
{
    [Fact]
    public async Task A_person_with_two_businesses_chooses_one_and_a_person_with_none_is_told_how_to_join()
    {
        var owner = $"two-{Guid.NewGuid():N}@example.test";
        var north = await site.SignUpBusinessAsync("North Studio", "choice", DemoSalon.DevelopmentToken(site, owner));
        await site.SignUpBusinessAsync("South Studio", "choice", DemoSalon.DevelopmentToken(site, owner));

        var page = await DemoSalon.SignInLocallyAsync(site, owner);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choose the business" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".cards li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "South Studio" })).ToBeVisibleAsync();
        await site.CheckScreenAsync(page, "manage-2-business");
        await page.GetByRole(AriaRole.Link, new() { Name = "North Studio" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bookings", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#business")).ToHaveTextAsync("North Studio");
        Assert.EndsWith($"/manage/{north}/bookings", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);

        var stranger = await DemoSalon.SignInLocallyAsync(site, $"none-{Guid.NewGuid():N}@example.test");
        await Assertions.Expect(stranger.GetByText("This sign-in belongs to no business yet.", new() { Exact = false })).ToBeVisibleAsync();
        await site.CheckScreenAsync(stranger, "manage-2-no-business");
        await stranger.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(stranger.GetByLabel("E-mail address")).ToBeVisibleAsync();
    }
}
