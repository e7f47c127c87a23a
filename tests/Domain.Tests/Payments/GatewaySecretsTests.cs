using AppointmentBooking.Domain.Payments;

namespace AppointmentBooking.Domain.Tests.Payments;

public class GatewaySecretsTests
{
    [Fact]
    public void Opened_credentials_show_their_names_never_their_values()
    {
        var secrets = new GatewaySecrets(new Dictionary<string, string> { ["secretKey"] = "sk_live_do_not_show", ["blank"] = " " });

        Assert.Equal("GatewaySecrets(secretKey)", secrets.ToString());
        Assert.False(secrets.HasAll(["secretKey", "blank"]));
        Assert.Contains("blank", Assert.Throws<KeyNotFoundException>(() => secrets["blank"]).Message, StringComparison.Ordinal);
    }
}
