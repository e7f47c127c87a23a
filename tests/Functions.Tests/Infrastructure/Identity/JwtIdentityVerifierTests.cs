using System.Security.Cryptography;
using System.Text;
using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Infrastructure.Identity;
using AppointmentBooking.LocalHost.Fakes;
using AppointmentBooking.LocalHost.Fakes.Oidc;
using AppointmentBooking.LocalHost.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.Tokens;
using NodaTime;
using NodaTime.Testing;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Identity;

/// <summary>The one check every management request passes: a real OIDC provider on loopback and the development issuer.</summary>
public sealed class JwtIdentityVerifierTests : IAsyncLifetime, IDisposable
{
    private const string Audience = "api://bookings";
    private static readonly Duration Hour = Duration.FromHours(1);
    private readonly FakeClock clock = new(Instant.FromUtc(2026, 11, 30, 8, 0));
    private readonly AuthOptions options = new()
    {
        Audience = Audience,
        Development = new DevelopmentIssuerOptions { Issuer = "dev-issuer", SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) },
    };

    private FakeOidcProvider provider = null!;
    private HttpClient http = null!;
    private JwtIdentityVerifier verifier = null!;

    public async Task InitializeAsync()
    {
        provider = await FakeServer.StartAsync(new FakeOidcProvider());
        http = new HttpClient();
        verifier = new JwtIdentityVerifier(
            [new OidcIssuer(provider.Issuer, http, clock, NullLogger.Instance), new DevelopmentIssuer(options.Development)], Audience, clock);
    }

    public Task DisposeAsync() => provider.DisposeAsync().AsTask();

    public void Dispose()
    {
        verifier.Dispose();
        http.Dispose();
    }

    [Fact]
    public async Task A_token_of_the_oidc_provider_speaks_for_its_subject_and_verified_email()
    {
        var token = provider.Mint("user-1", Audience, clock.GetCurrentInstant(), Hour,
            new Dictionary<string, object> { ["email"] = "Ann@Example.com", ["email_verified"] = true });

        var identity = Assert.IsType<IdentityCheck.Verified>(await verifier.VerifyAsync(token, default)).Identity;

        Assert.Equal((provider.Issuer, "user-1", "ann@example.com"), (identity.Issuer, identity.Subject, identity.VerifiedEmail));
    }

    [Fact]
    public async Task A_development_token_is_accepted_and_an_unverified_email_accepts_no_invitation()
    {
        var development = await verifier.VerifyAsync(DevelopmentTokens.Mint(options, "owner@demo.test", clock.GetCurrentInstant()), default);
        var unverified = provider.Mint("user-2", Audience, clock.GetCurrentInstant(), Hour, new Dictionary<string, object> { ["email"] = "bob@example.com" });

        Assert.Equal("owner@demo.test", Assert.IsType<IdentityCheck.Verified>(development).Identity.VerifiedEmail);
        Assert.Null(Assert.IsType<IdentityCheck.Verified>(await verifier.VerifyAsync(unverified, default)).Identity.VerifiedEmail);
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "expired", "expired" },
        { "not yet valid", "not valid yet" },
        { "wrong audience", "audience" },
        { "wrong issuer", "trusted issuer" },
        { "alg none", "not valid" },
        { "tampered payload", "signature" },
        { "unknown key id", "key" },
        { "symmetric token claiming the oidc issuer", "signature" },
        { "not a jwt", "not a JWT" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Tokens_that_must_not_pass_are_rejected_with_the_reason(string kind, string reason)
    {
        var rejected = Assert.IsType<IdentityCheck.Rejected>(await verifier.VerifyAsync(TokenOfKind(kind), default));

        Assert.Contains(reason, rejected.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Expiry_allows_two_minutes_of_clock_skew_and_no_more()
    {
        var token = provider.Mint("user-1", Audience, clock.GetCurrentInstant() - Hour, Hour);

        clock.Advance(Duration.FromMinutes(1) + Duration.FromSeconds(59));
        Assert.IsType<IdentityCheck.Verified>(await verifier.VerifyAsync(token, default));
        clock.Advance(Duration.FromSeconds(2));
        Assert.IsType<IdentityCheck.Rejected>(await verifier.VerifyAsync(token, default));
    }

    [Fact]
    public async Task A_key_the_provider_rotated_to_is_fetched_at_once_and_the_token_accepted()
    {
        Assert.IsType<IdentityCheck.Verified>(await verifier.VerifyAsync(provider.Mint("user-1", Audience, clock.GetCurrentInstant(), Hour), default));
        provider.Rotate();

        var rotated = provider.Mint("user-1", Audience, clock.GetCurrentInstant(), Hour);

        Assert.IsType<IdentityCheck.Verified>(await verifier.VerifyAsync(rotated, default));
        Assert.Equal(2, provider.Requests.Count(r => r.Path == "/discovery/keys"));
    }

    [Fact]
    public async Task Invented_key_ids_fetch_the_keys_again_at_most_once_per_five_minutes()
    {
        using var stranger = RSA.Create(2048);
        for (var i = 0; i < 5; i++)
        {
            var token = provider.Mint("user-1", Audience, clock.GetCurrentInstant(), Hour, signingKey: stranger, keyId: $"invented-{i}");
            Assert.IsType<IdentityCheck.Rejected>(await verifier.VerifyAsync(token, default));
        }

        Assert.Equal(2, provider.Requests.Count(r => r.Path == "/discovery/keys"));
        clock.Advance(OidcIssuer.ForcedRefreshAtMostEvery);
        await verifier.VerifyAsync(provider.Mint("user-1", Audience, clock.GetCurrentInstant(), Hour, signingKey: stranger, keyId: "later"), default);
        Assert.Equal(3, provider.Requests.Count(r => r.Path == "/discovery/keys"));
    }

    [Fact]
    public async Task An_unreachable_provider_is_unavailable_not_a_bad_token()
    {
        var token = provider.Mint("user-1", Audience, clock.GetCurrentInstant(), Hour);
        await provider.DisposeAsync();

        Assert.IsType<IdentityCheck.Unavailable>(await verifier.VerifyAsync(token, default));
    }

    private string TokenOfKind(string kind)
    {
        var now = clock.GetCurrentInstant();
        return kind switch
        {
            "expired" => provider.Mint("user-1", Audience, now - Duration.FromHours(2), Hour),
            "not yet valid" => provider.Mint("user-1", Audience, now + Duration.FromMinutes(10), Hour),
            "wrong audience" => provider.Mint("user-1", "api://someone-else", now, Hour),
            "wrong issuer" => DevelopmentTokens.Mint(new AuthOptions { Audience = Audience, Development = new() { Issuer = "elsewhere", SigningKey = options.Development.SigningKey } }, "user-1", now),
            "alg none" => Unsigned(provider.Issuer, now),
            "tampered payload" => Tampered(provider.Mint("user-1", Audience, now, Hour)),
            "unknown key id" => provider.Mint("user-1", Audience, now, Hour, signingKey: RSA.Create(2048), keyId: "not-published"),
            "symmetric token claiming the oidc issuer" => SymmetricFor(provider.Issuer, now),
            _ => "not-a-token",
        };
    }

    private static string Unsigned(string issuer, Instant now) =>
        $"{Segment("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Segment(Claims(issuer, now))}.";

    private string SymmetricFor(string issuer, Instant now)
    {
        var header = Segment("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"key-1\"}");
        var payload = Segment(Claims(issuer, now));
        var signature = HMACSHA256.HashData(Convert.FromBase64String(options.Development.SigningKey), Encoding.ASCII.GetBytes($"{header}.{payload}"));
        return $"{header}.{payload}.{Base64UrlEncoder.Encode(signature)}";
    }

    private static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("user-1", "admin-1", StringComparison.Ordinal);
        return $"{parts[0]}.{Segment(payload)}.{parts[2]}";
    }

    private static string Claims(string issuer, Instant now) =>
        $"{{\"iss\":\"{issuer}\",\"aud\":\"{Audience}\",\"sub\":\"user-1\",\"nbf\":{now.ToUnixTimeSeconds()},\"exp\":{(now + Hour).ToUnixTimeSeconds()}}}";

    private static string Segment(string json) => Base64UrlEncoder.Encode(json);
}
