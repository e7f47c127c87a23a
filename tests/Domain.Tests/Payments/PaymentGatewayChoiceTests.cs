using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Domain.Tenants;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Payments;

public class PaymentGatewayChoiceTests
{
    private static Tenant In(string currency, PaymentGatewayKind? chosen = null) => new("tnt", "salon", "Salon",
        new BookingPolicy(DateTimeZoneProviders.Tzdb["Africa/Johannesburg"], currency, Duration.Zero, 30, Duration.FromMinutes(15),
            Duration.FromMinutes(15), Duration.FromHours(24), DepositRule.None), chosen);

    private static readonly PaymentGatewayKind[] WithPayFast = [PaymentGatewayKind.Stripe, PaymentGatewayKind.PayFast];
    private static readonly PaymentGatewayKind[] StripeOnly = [PaymentGatewayKind.Stripe];

    [Theory]
    [InlineData("ZAR", PaymentGatewayKind.PayFast)]
    [InlineData("USD", PaymentGatewayKind.Stripe)]
    [InlineData("EUR", PaymentGatewayKind.Stripe)]
    public void Rands_go_to_PayFast_when_the_app_has_it_everything_else_to_Stripe(string currency, PaymentGatewayKind expected) =>
        Assert.Equal(expected, PaymentGatewayChoice.For(In(currency), WithPayFast));

    [Fact]
    public void Without_PayFast_rands_go_to_Stripe() =>
        Assert.Equal(PaymentGatewayKind.Stripe, PaymentGatewayChoice.For(In("ZAR"), StripeOnly));

    [Fact]
    public void The_tenants_own_choice_wins() =>
        Assert.Equal(PaymentGatewayKind.Yoco, PaymentGatewayChoice.For(In("ZAR", PaymentGatewayKind.Yoco), WithPayFast));
}
