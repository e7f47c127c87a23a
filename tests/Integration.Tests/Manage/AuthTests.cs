using System.Net;
using System.Security.Cryptography;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;
using AppointmentBooking.LocalHost.Identity;
using Microsoft.IdentityModel.Tokens;
using NodaTime;

namespace AppointmentBooking.Integration.Tests.Manage;

/// <summary>Who may call the management API: a valid token (401 otherwise), a membership (403 otherwise), and the route's role.</summary>
[Collection(SharedApp.Name)]
public sealed class AuthTests(AppFixture fixture)
{
    [Fact]
    public async Task No_token_is_401_with_a_bearer_challenge()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);

        var response = await salon.Owner.As(null).GetAsync(salon.Path("/services"));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    public static TheoryData<string> BadTokens => ["expired", "not yet valid", "wrong audience", "wrong issuer", "alg none", "tampered signature", "unknown key id"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_token_that_must_not_pass_is_401(string kind)
    {
        var salon = await ManagedSalon.CreateAsync(fixture);

        var response = await salon.Owner.As(BadToken(kind, salon.OwnerEmail)).GetAsync(salon.Path("/services"));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_valid_token_without_membership_is_403()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);

        var response = await salon.Owner.As(fixture.Token("stranger@example.test")).GetAsync(salon.Path("/services"));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Staff_calling_a_manager_action_is_403_and_a_manager_calling_an_owner_action_too()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var stylist = await salon.MemberAsync($"stylist-{Guid.NewGuid():N}@example.test", "staff", salon.StaffId);
        var manager = await salon.MemberAsync($"manager-{Guid.NewGuid():N}@example.test", "manager");

        await (await stylist.PostAsync(salon.Path("/services"), ManagedSalon.ServiceBody("Stylist's own")))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await manager.GetAsync(salon.Path("/members"))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var services = await ManageClient.OkAsync(await salon.Owner.GetAsync(salon.Path("/services")));
        Assert.Single(services.EnumerateArray());
    }

    [Fact]
    public async Task A_token_of_the_oidc_provider_with_a_verified_email_accepts_its_invitation()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var email = $"oidc-{Guid.NewGuid():N}@example.test";
        await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path("/members"), new { email, role = "manager" }), HttpStatusCode.Created);
        var token = fixture.Oidc.Mint("entra-object-id-1", AppFixture.Audience, fixture.Clock.GetCurrentInstant(), Duration.FromHours(1),
            new Dictionary<string, object> { ["email"] = email, ["email_verified"] = true });

        await ManageClient.OkAsync(await salon.Owner.As(token).GetAsync(salon.Path("/services")));

        var members = await ManageClient.OkAsync(await salon.Owner.GetAsync(salon.Path("/members")));
        Assert.True(members.EnumerateArray().Single(m => m.GetProperty("email").GetString() == email).GetProperty("joined").GetBoolean());
    }

    [Fact]
    public async Task An_unverified_email_does_not_accept_an_invitation()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var email = $"unverified-{Guid.NewGuid():N}@example.test";
        await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path("/members"), new { email, role = "owner" }), HttpStatusCode.Created);
        var token = fixture.Oidc.Mint("someone", AppFixture.Audience, fixture.Clock.GetCurrentInstant(), Duration.FromHours(1),
            new Dictionary<string, object> { ["email"] = email, ["email_verified"] = false });

        await (await salon.Owner.As(token).GetAsync(salon.Path("/services"))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    private string BadToken(string kind, string subject)
    {
        var now = fixture.Clock.GetCurrentInstant();
        var hour = Duration.FromHours(1);
        return kind switch
        {
            "expired" => DevelopmentTokens.Mint(fixture.Auth, subject, now - Duration.FromHours(9)),
            "not yet valid" => DevelopmentTokens.Mint(fixture.Auth, subject, now + Duration.FromMinutes(5)),
            "wrong audience" => fixture.Oidc.Mint(subject, "api://another-api", now, hour),
            "wrong issuer" => DevelopmentTokens.Mint(new() { Audience = AppFixture.Audience, Development = new() { Issuer = "impostor", SigningKey = fixture.Auth.Development.SigningKey } }, subject, now),
            "alg none" => $"{Base64UrlEncoder.Encode("{\"alg\":\"none\"}")}.{Base64UrlEncoder.Encode($"{{\"iss\":\"{fixture.Oidc.Issuer}\",\"aud\":\"{AppFixture.Audience}\",\"sub\":\"{subject}\",\"exp\":{(now + hour).ToUnixTimeSeconds()}}}")}.",
            "tampered signature" => fixture.Token(subject)[..^4] + "AAAA",
            _ => fixture.Oidc.Mint(subject, AppFixture.Audience, now, hour, signingKey: RSA.Create(2048), keyId: "unpublished"),
        };
    }
}
