using System.Net;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;

namespace AppointmentBooking.Integration.Tests.Gateways;

/// <summary>
/// One gateway as the tests drive it through its local fake: a tenant set up for it, the customer paying at
/// the gateway, and the notifications the gateway would send — genuine, or forged, tampered with, replayed,
/// for another amount or currency, or not confirmed by the gateway's own server. Each driver follows its
/// gateway's scheme; the shared guarantees are asserted once, over all of them.
/// </summary>
public abstract class GatewayDriver(AppFixture fixture)
{
    protected AppFixture Fixture => fixture;

    public abstract string Name { get; }

    /// <summary>What the app answers a genuine notification with.</summary>
    public virtual HttpStatusCode Acknowledged => HttpStatusCode.OK;

    /// <summary>Whether a replay can be told from the original (a signature with a time): refused; otherwise acknowledged as the duplicate it is.</summary>
    public virtual bool RefusesReplays => false;

    /// <summary>The state a refund leaves the payment in: the gateway refunds, or the owner must.</summary>
    public virtual string RefundedState => "refunded";

    /// <summary>A new tenant set up for the gateway, with an account of its own at the fake.</summary>
    public abstract TestTenant Tenant();

    /// <summary>The customer pays the checkout at the gateway; the gateway has not told the app yet.</summary>
    public abstract Task PayAsync(JsonElement booking, JsonElement checkout);

    /// <summary>The gateway's genuine notification of that payment.</summary>
    public abstract Task<HttpResponseMessage> NotifyAsync(JsonElement booking);

    /// <summary>A notification the gateway never sent, claiming the booking was paid.</summary>
    public abstract Task<HttpResponseMessage> ForgedAsync(JsonElement booking);

    /// <summary>A genuine notification changed on its way.</summary>
    public abstract Task<HttpResponseMessage> TamperedAsync(JsonElement booking);

    /// <summary>The genuine notification delivered again later (outside its signature's window, where the scheme has one).</summary>
    public abstract Task<HttpResponseMessage> ReplayedAsync(JsonElement booking);

    /// <summary>The customer paid another amount, and the gateway says so.</summary>
    public abstract Task<HttpResponseMessage> PaidOtherAmountAsync(JsonElement booking, JsonElement checkout);

    /// <summary>The customer paid in another currency, and the gateway says so; null where the gateway has one currency only.</summary>
    public virtual Task<HttpResponseMessage>? PaidOtherCurrencyAsync(JsonElement booking, JsonElement checkout) => null;

    /// <summary>A notification of a payment the gateway's own server does not confirm; null where the scheme has no such check.</summary>
    public virtual Task<HttpResponseMessage>? UnconfirmedAsync(JsonElement booking, JsonElement checkout) => null;

    /// <summary>What the app answers an unconfirmed notification with.</summary>
    public virtual HttpStatusCode UnconfirmedStatus => HttpStatusCode.Unauthorized;

    /// <summary>How many refunds the gateway made for the booking.</summary>
    public abstract int RefundsMade(string bookingId);

    public override string ToString() => Name;

    protected Uri App(string relative) => new(Fixture.AppAddress, relative);

    protected static string Id(JsonElement booking) => BookingClient.Id(booking);

    protected static Dictionary<string, string> FormFields(JsonElement checkout) =>
        checkout.GetProperty("formFields").EnumerateObject().ToDictionary(f => f.Name, f => f.Value.GetString()!);

    protected static string Suffix() => Guid.NewGuid().ToString("N")[..12];
}
