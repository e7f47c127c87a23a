using AppointmentBooking.Integration.Tests.Fixtures;

namespace AppointmentBooking.Integration.Tests.Gateways;

/// <summary>The six gateways, by the name their webhook route uses.</summary>
public static class GatewayDrivers
{
    public static TheoryData<string> All => ["stripe", "payfast", "yoco", "paystack", "netcash", "payflex"];

    public static TheoryData<string> WithCurrency => ["stripe", "yoco", "paystack"];

    public static TheoryData<string> WithServerConfirmation => ["payfast", "yoco", "paystack", "netcash", "payflex"];

    public static GatewayDriver For(string name, AppFixture fixture) => name switch
    {
        "stripe" => new StripeDriver(fixture),
        "payfast" => new PayFastDriver(fixture),
        "yoco" => new YocoDriver(fixture),
        "paystack" => new PaystackDriver(fixture),
        "netcash" => new NetcashDriver(fixture),
        "payflex" => new PayflexDriver(fixture),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such gateway."),
    };
}
