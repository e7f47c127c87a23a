using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Domain.Tenants;
using NodaTime;
using AppointmentBooking.Domain.Catalog;

namespace AppointmentBooking.Domain.Tests.Tenants;

public class GatewayCredentialsTests
{
    private static readonly SealedSecret A = new("sealed-a");
    private static readonly SealedSecret B = new("sealed-b");

    [Fact]
    public void An_absent_name_is_kept_a_value_replaces_and_null_removes()
    {
        var credentials = new GatewayCredentials(new Dictionary<string, SealedSecret> { ["secretKey"] = A, ["webhookSecret"] = A });

        var next = credentials.With(new Dictionary<string, SealedSecret?> { ["secretKey"] = B, ["webhookSecret"] = null });

        Assert.Equal(B, Assert.Single(next.Sealed).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1key")]
    [InlineData("secret-key")]
    [InlineData("aVeryLongCredentialNameThatGoesOnAndOnForever")]
    public void A_credential_name_is_letters_and_digits_starting_with_a_letter(string name)
    {
        Assert.False(GatewayCredentials.IsCredentialName(name));
        Assert.Throws<DomainValidationException>(() => new GatewayCredentials(new Dictionary<string, SealedSecret> { [name] = A }));
    }

    [Fact]
    public void Credentials_need_a_chosen_gateway_and_never_show_in_text()
    {
        var policy = new BookingPolicy(DateTimeZoneProviders.Tzdb["Africa/Johannesburg"], "ZAR", Duration.Zero, 30, Duration.FromMinutes(15),
            Duration.FromMinutes(15), Duration.Zero, DepositRule.None);
        var credentials = new GatewayCredentials(new Dictionary<string, SealedSecret> { ["merchantKey"] = A });

        Assert.Equal("payments.credentials", Assert.Throws<DomainValidationException>(
            () => new Tenant("tnt-1", "salon", "Salon", policy, paymentGateway: null, credentials: credentials)).Field);
        Assert.Equal(credentials, new Tenant("tnt-1", "salon", "Salon", policy, PaymentGatewayKind.PayFast, credentials: credentials).Credentials);
        Assert.DoesNotContain("sealed-a", A.ToString(), StringComparison.Ordinal);
    }
}
