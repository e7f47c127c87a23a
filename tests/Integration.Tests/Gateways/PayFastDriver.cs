using System.Net;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.LocalHost.Fakes.PayFast;

namespace AppointmentBooking.Integration.Tests.Gateways;

/// <summary>PayFast: the browser posts the signed form; PayFast posts a signed ITN and confirms it on post-back.</summary>
public sealed class PayFastDriver(AppFixture fixture) : GatewayDriver(fixture)
{
    public override string Name => "payfast";

    public override TestTenant Tenant()
    {
        var merchantId = Random.Shared.Next(10_100_000, 19_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (key, passphrase) = (Suffix(), "pass-" + Suffix());
        Fixture.PayFast.WithMerchant(merchantId, key, passphrase);
        return new TestTenant
        {
            Gateway = "payfast",
            Credentials = new Dictionary<string, string> { ["merchantId"] = merchantId, ["merchantKey"] = key, ["passphrase"] = passphrase },
        };
    }

    public override async Task PayAsync(JsonElement booking, JsonElement checkout)
    {
        await SubmitAsync(checkout);
        await Fixture.PayFast.PayAsync(Id(booking), deliverItn: false);
    }

    public override Task<HttpResponseMessage> NotifyAsync(JsonElement booking) => Fixture.PayFast.SendItnAsync(Fixture.PayFast.ItnFields(Id(booking)));

    public override Task<HttpResponseMessage> ForgedAsync(JsonElement booking) =>
        Fixture.PayFast.PostItnAsync(Fixture.PayFast.ItnFields(Id(booking)), remember: true, passphrase: "not-the-passphrase");

    public override Task<HttpResponseMessage> TamperedAsync(JsonElement booking) =>
        Fixture.PayFast.PostItnAsync(Fixture.PayFast.ItnFields(Id(booking)), remember: true,
            alterAfterSigning: fields => [.. fields.Select(f => f.Name == "amount_gross" ? (f.Name, "999.00") : f)]);

    public override Task<HttpResponseMessage> ReplayedAsync(JsonElement booking) => NotifyAsync(booking);

    public override async Task<HttpResponseMessage> PaidOtherAmountAsync(JsonElement booking, JsonElement checkout)
    {
        await SubmitAsync(checkout);
        return (await Fixture.PayFast.PayAsync(Id(booking), amountGross: "1.00"))!;
    }

    public override async Task<HttpResponseMessage>? UnconfirmedAsync(JsonElement booking, JsonElement checkout)
    {
        await PayAsync(booking, checkout);
        return await Fixture.PayFast.PostItnAsync(Fixture.PayFast.ItnFields(Id(booking)), remember: false);
    }

    public override int RefundsMade(string bookingId) =>
        Fixture.PayFast.Payments.FirstOrDefault(p => p.MPaymentId == bookingId)?.PfPaymentId is { } paid ? Fixture.PayFast.Refunds.Count(r => r.PfPaymentId == paid) : 0;

    private async Task SubmitAsync(JsonElement checkout) =>
        Assert.Equal(HttpStatusCode.OK, (await Fixture.PayFast.SubmitAsync(FormFields(checkout))).StatusCode);
}
