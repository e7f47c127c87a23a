using System.Net;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.LocalHost.Fakes.Netcash;

namespace AppointmentBooking.Integration.Tests.Gateways;

/// <summary>
/// Netcash Pay Now: the browser posts an unsigned form; Netcash's Notify post is unsigned too, so only its
/// transaction status check counts. Refunds are left to the owner.
/// </summary>
public sealed class NetcashDriver(AppFixture fixture) : GatewayDriver(fixture)
{
    public override string Name => "netcash";

    public override string RefundedState => "manualRefundRequired";

    public override TestTenant Tenant()
    {
        var serviceKey = Guid.NewGuid().ToString();
        Fixture.Netcash.WithAccount(serviceKey, App("api/webhooks/netcash"), App("api/payments/netcash/return"));
        return new TestTenant { Gateway = "netcash", Credentials = new Dictionary<string, string> { ["serviceKey"] = serviceKey } };
    }

    public override async Task PayAsync(JsonElement booking, JsonElement checkout)
    {
        await SubmitAsync(FormFields(checkout));
        await Fixture.Netcash.PayAsync(Id(booking), deliverNotify: false);
    }

    public override Task<HttpResponseMessage> NotifyAsync(JsonElement booking) => Post(booking, fields => fields);

    /// <summary>A post naming a trace Netcash never issued.</summary>
    public override Task<HttpResponseMessage> ForgedAsync(JsonElement booking) =>
        Post(booking, fields => With(fields, "RequestTrace", Guid.NewGuid().ToString()));

    /// <summary>A genuine post whose reference was changed: it no longer names the booking's payment as Netcash knows it.</summary>
    public override Task<HttpResponseMessage> TamperedAsync(JsonElement booking) => Post(booking, fields => With(fields, "Reference", "bkg-someone-else"));

    public override Task<HttpResponseMessage> ReplayedAsync(JsonElement booking) => NotifyAsync(booking);

    /// <summary>The form is unsigned: a customer who changes the amount pays that amount, and Netcash's status says so.</summary>
    public override async Task<HttpResponseMessage> PaidOtherAmountAsync(JsonElement booking, JsonElement checkout)
    {
        var form = FormFields(checkout);
        form["p4"] = "1.00";
        await SubmitAsync(form);
        return (await Fixture.Netcash.PayAsync(Id(booking)))!;
    }

    /// <summary>A post claiming success for a transaction the customer never finished.</summary>
    public override async Task<HttpResponseMessage>? UnconfirmedAsync(JsonElement booking, JsonElement checkout)
    {
        await SubmitAsync(FormFields(checkout));
        return await Post(booking, fields => With(fields, "TransactionAccepted", "true"));
    }

    public override int RefundsMade(string bookingId) => 0;

    private Task<HttpResponseMessage> Post(JsonElement booking, Func<IReadOnlyList<KeyValuePair<string, string>>, IEnumerable<KeyValuePair<string, string>>> change)
    {
        var transaction = Fixture.Netcash.TransactionOf(Id(booking));
        return Fixture.Netcash.PostNotifyAsync(transaction, change(FakeNetcash.NotifyFields(transaction)));
    }

    private static IEnumerable<KeyValuePair<string, string>> With(IEnumerable<KeyValuePair<string, string>> fields, string name, string value) =>
        fields.Select(f => f.Key == name ? KeyValuePair.Create(name, value) : f);

    private async Task SubmitAsync(Dictionary<string, string> form) =>
        Assert.Equal(HttpStatusCode.OK, (await Fixture.Netcash.SubmitAsync(form)).StatusCode);
}
