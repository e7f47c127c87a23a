using System.Net;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.LocalHost.Fakes;
using AppointmentBooking.LocalHost.Fakes.Payflex;

namespace AppointmentBooking.Integration.Tests.Gateways;

/// <summary>
/// Payflex: no notification of its own; a call to <c>api/webhooks/payflex</c> (or the customer's return) naming the
/// booking makes the app read the order from Payflex, and only that answer counts.
/// </summary>
public sealed class PayflexDriver(AppFixture fixture) : GatewayDriver(fixture)
{
    public override string Name => "payflex";

    /// <summary>An order not yet approved is acknowledged and waited for, not refused: the customer may still finish.</summary>
    public override HttpStatusCode UnconfirmedStatus => HttpStatusCode.OK;

    public override TestTenant Tenant()
    {
        var (clientId, clientSecret) = ("client-" + Suffix(), "secret-" + Suffix());
        Fixture.Payflex.WithClient(clientId, clientSecret);
        return new TestTenant { Gateway = "payflex", Credentials = new Dictionary<string, string> { ["clientId"] = clientId, ["clientSecret"] = clientSecret } };
    }

    public override Task PayAsync(JsonElement booking, JsonElement checkout)
    {
        Fixture.Payflex.Set(Order(booking).OrderId, "Approved");
        return Task.CompletedTask;
    }

    public override Task<HttpResponseMessage> NotifyAsync(JsonElement booking) => Post(Query(booking));

    /// <summary>A call naming an order Payflex never opened for the booking.</summary>
    public override Task<HttpResponseMessage> ForgedAsync(JsonElement booking) => Post(Query(booking) with { OrderId = Guid.NewGuid().ToString() });

    /// <summary>A genuine call changed to name a booking of the tenant that has no Payflex order.</summary>
    public override Task<HttpResponseMessage> TamperedAsync(JsonElement booking) => Post(Query(booking) with { Booking = "bkg-" + Suffix() });

    public override Task<HttpResponseMessage> ReplayedAsync(JsonElement booking) => NotifyAsync(booking);

    public override Task<HttpResponseMessage> PaidOtherAmountAsync(JsonElement booking, JsonElement checkout)
    {
        Fixture.Payflex.Set(Order(booking).OrderId, "Approved", reportedAmount: 1.00m);
        return NotifyAsync(booking);
    }

    public override Task<HttpResponseMessage>? UnconfirmedAsync(JsonElement booking, JsonElement checkout) => NotifyAsync(booking);

    public override int RefundsMade(string bookingId) => Fixture.Payflex.Refunds.Count(r => r["orderId"]!.ToString() == Fixture.Payflex.OrderOf(bookingId).OrderId);

    /// <summary>The customer's browser back from Payflex (approved), as Payflex redirects it.</summary>
    public Task<HttpResponseMessage> ReturnAsync(JsonElement booking) => GatewayPosts.ReturnAsync(FakePayflex.ReturnUrl(Order(booking), approved: true));

    private FakePayflexOrder Order(JsonElement booking) => Fixture.Payflex.OrderOf(Id(booking));

    private PayflexCall Query(JsonElement booking) => new(Tenant(booking), Id(booking), Order(booking).OrderId);

    private string Tenant(JsonElement booking) =>
        System.Web.HttpUtility.ParseQueryString(new Uri(Order(booking).ConfirmUrl).Query)["tenant"]!;

    private async Task<HttpResponseMessage> Post(PayflexCall call) =>
        await Fixture.Client.PostAsync($"/api/webhooks/payflex?tenant={call.Tenant}&booking={call.Booking}&orderId={call.OrderId}", null);

    private sealed record PayflexCall(string Tenant, string Booking, string OrderId);
}
