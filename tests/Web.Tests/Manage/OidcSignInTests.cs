using System.Text.Json;
using AppointmentBooking.Web.Tests.Fixtures;
using Microsoft.Playwright;
using NodaTime;

namespace AppointmentBooking.Web.Tests.Manage;

/// <summary>
/// The dashboard's sign-in as it runs in Azure: config.json names an OpenID Connect provider (the site
/// served here names only the local development sign-in, so the test serves the deployed shape), and the
/// page signs in there with the authorization code and PKCE, then calls the API with the ID token.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class OidcSignInTests(SiteFixture site)
{
    private const string ClientId = "appointment-booking-api";

    [Fact]
    public async Task An_owner_signs_in_with_the_oidc_provider_and_opens_their_business()
    {
        var owner = $"oidc-{Guid.NewGuid():N}@example.test";
        var tenantId = await SignUpAsync(owner);
        site.Oidc.SignInAs = owner;
        var page = await site.NewPageAsync(locale: DemoSalon.Locale);
        await page.RouteAsync("**/config.json", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "application/json",
            Body = JsonSerializer.Serialize(new { apiBase = "", auth = new { authority = site.Oidc.Issuer, clientId = ClientId, scope = "" } }),
        }));

        await page.GotoAsync(new Uri(site.BaseAddress, $"manage/{tenantId}/bookings").ToString());
        await Assertions.Expect(page.GetByLabel("E-mail address")).Not.ToBeAttachedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bookings", Exact = true })).ToBeVisibleAsync();
        Assert.EndsWith($"/manage/{tenantId}/bookings", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#business")).ToHaveTextAsync("OIDC Salon");
        var token = site.Oidc.Requests.Single(r => r.Method == "POST" && r.Path == "/token");
        Assert.Contains("code_verifier=", token.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("client_secret", token.Body, StringComparison.Ordinal);
    }

    /// <summary>Signs a new business up with a token of the provider, as its owner would have; answers its id.</summary>
    private Task<string> SignUpAsync(string owner)
    {
        var claims = new Dictionary<string, object> { ["email"] = owner, ["email_verified"] = true };
        return site.SignUpBusinessAsync("OIDC Salon", "oidc",
            site.Oidc.Mint(owner, ClientId, site.Clock.GetCurrentInstant(), Duration.FromMinutes(5), claims));
    }
}
