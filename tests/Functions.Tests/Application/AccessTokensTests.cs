using AppointmentBooking.Functions.Application.Bookings;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Tests.Application;

public class AccessTokensTests
{
    private static AccessTokens Tokens(string key) => new(Options.Create(new AccessTokenOptions { Key = key }));

    private static readonly AccessTokens Issuer = Tokens(Convert.ToBase64String(new byte[32]));

    [Fact]
    public void Token_opens_only_its_own_booking_in_its_own_tenant()
    {
        var token = Issuer.Issue("tnt-a", "bkg-1");

        Assert.True(Issuer.IsValid("tnt-a", "bkg-1", token));
        Assert.False(Issuer.IsValid("tnt-b", "bkg-1", token));
        Assert.False(Issuer.IsValid("tnt-a", "bkg-2", token));
        Assert.False(Issuer.IsValid("tnt-a", "bkg-1", token[..^1]));
    }

    [Fact]
    public void Another_key_issues_other_tokens() =>
        Assert.NotEqual(Issuer.Issue("tnt-a", "bkg-1"), Tokens(Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray())).Issue("tnt-a", "bkg-1"));

    [Theory]
    [InlineData("")]
    [InlineData("c2hvcnQ=")]
    [InlineData("@Microsoft.KeyVault(VaultName=v;SecretName=encryption-key)")]
    [InlineData("not-configured")]
    public void Missing_or_short_key_fails_at_start_up(string key) =>
        Assert.Throws<InvalidOperationException>(() => Tokens(key));

    [Fact]
    public void Booking_id_is_the_same_for_a_retry_and_differs_across_tenants_and_keys()
    {
        var id = BookingIds.FromIdempotencyKey("tnt-a", "k");

        Assert.Equal(id, BookingIds.FromIdempotencyKey("tnt-a", "k"));
        Assert.NotEqual(id, BookingIds.FromIdempotencyKey("tnt-b", "k"));
        Assert.NotEqual(id, BookingIds.FromIdempotencyKey("tnt-a", "k2"));
    }
}
