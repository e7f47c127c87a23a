using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
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
        var north = await SignUpAsync(owner, "North Studio");
        await SignUpAsync(owner, "South Studio");

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

    /// <summary>Signs a business up as its owner would, with a development token; answers its id.</summary>
    private async Task<string> SignUpAsync(string owner, string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tenants")
        {
            Content = JsonContent.Create(new { name, slug = $"choice-{Guid.NewGuid():N}"[..20], timeZone = "Africa/Johannesburg", currency = "ZAR" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DemoSalon.DevelopmentToken(site, owner));
        var response = await site.Api.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
