using System.Text.Json.Nodes;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Tests.Infrastructure.Gateways;
using AppointmentBooking.LocalHost.Fakes;
using AppointmentBooking.LocalHost.Fakes.Payflex;
using Microsoft.AspNetCore.WebUtilities;
using NodaTime;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Payflex;

/// <summary>The Payflex adapter against the fake Payflex: tokens kept, orders with the plan, the order status behind every return, refunds.</summary>
public sealed class PayflexGatewayTests : IAsyncLifetime
{
    private const string ClientId = "payflex-client";
    private const string ClientSecret = "payflex-secret";
    private FakePayflex payflex = null!;
    private GatewayHarness harness = null!;

    private IPaymentGateway Gateway => harness.Gateway(PaymentGatewayKind.Payflex);

    public async Task InitializeAsync()
    {
        payflex = await FakeServer.StartAsync(new FakePayflex().WithClient(ClientId, ClientSecret));
        harness = GatewayHarness.Start(new Dictionary<string, string?>
        {
            ["Payments:Payflex:AuthUrl"] = new Uri(payflex.BaseAddress, "auth/merchant").ToString(),
            ["Payments:Payflex:ApiBase"] = payflex.BaseAddress.ToString(),
        });
        harness.Credentials.Set(harness.TenantId, PaymentGatewayKind.Payflex, new() { ["clientId"] = ClientId, ["clientSecret"] = ClientSecret });
    }

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        await payflex.DisposeAsync();
    }

    [Fact]
    public async Task An_order_carries_the_deposit_in_rands_the_booking_and_the_return_endpoint_and_the_plan_is_four_fortnightly_parts()
    {
        var session = await harness.OpenAsync(PaymentGatewayKind.Payflex);

        var sent = JsonNode.Parse(payflex.Requests.Single(r => r.Path == "/order/productSelect").Body)!;
        Assert.Equal(("90.00", harness.BookingId), (sent["amount"]!.ToString(), sent["merchantReference"]!.ToString()));
        Assert.Equal(harness.Request(PaymentGatewayKind.Payflex).GatewayReturnUrl.ToString(), sent["merchant"]!["redirectConfirmUrl"]!.ToString());
        var plan = session.Instalments!.Instalments;
        Assert.Equal([2_250L, 2_250L, 2_250L, 2_250L], plan.Select(i => i.Amount.MinorUnits));
        Assert.Equal(GatewayHarness.Now + Duration.FromDays(42), plan[^1].DueAt);
    }

    [Fact]
    public async Task A_token_is_fetched_once_and_again_only_when_payflex_refuses_it()
    {
        var session = await harness.OpenAsync(PaymentGatewayKind.Payflex);
        await Gateway.QueryAsync(harness.TenantId, session.Reference, CancellationToken.None);
        Assert.Equal(1, payflex.TokensIssued);

        payflex.RevokeTokens();
        var status = await Gateway.QueryAsync(harness.TenantId, session.Reference, CancellationToken.None);

        Assert.Equal(PaymentState.AwaitingPayment, status.State);
        Assert.Equal(2, payflex.TokensIssued);
    }

    [Fact]
    public async Task A_return_is_accepted_as_paid_only_when_payflex_says_the_order_is_approved()
    {
        var order = await OpenOrderAsync();
        var before = await Gateway.VerifyWebhookAsync(Return(order), CancellationToken.None);
        payflex.Set(order.OrderId, "Approved");

        var after = await Gateway.VerifyWebhookAsync(Return(order), CancellationToken.None);

        Assert.IsType<WebhookVerification.Ignored>(before);
        var paid = Assert.IsType<WebhookVerification.Accepted>(after).Event;
        Assert.Equal((PaymentEventKind.Paid, $"{order.OrderId}:Approved", GatewayHarness.Deposit), (paid.Kind, paid.EventId, paid.Amount));
    }

    [Theory]
    [InlineData("Declined")]
    [InlineData("Abandoned")]
    [InlineData("Cancelled")]
    public async Task A_declined_abandoned_or_cancelled_order_is_a_failed_attempt(string status)
    {
        var order = await OpenOrderAsync();
        payflex.Set(order.OrderId, status);

        var verification = await Gateway.VerifyWebhookAsync(Return(order), CancellationToken.None);

        Assert.Equal(PaymentEventKind.Failed, Assert.IsType<WebhookVerification.Accepted>(verification).Event.Kind);
    }

    [Fact]
    public async Task An_approved_order_for_another_amount_is_reported_with_that_amount_for_the_payment_to_flag()
    {
        var order = await OpenOrderAsync();
        payflex.Set(order.OrderId, "Approved", reportedAmount: 1.00m);

        var verification = await Gateway.VerifyWebhookAsync(Return(order), CancellationToken.None);

        Assert.Equal(new Money(100, "ZAR"), Assert.IsType<WebhookVerification.Accepted>(verification).Event.Amount);
    }

    [Theory]
    [InlineData("another order")]
    [InlineData("unknown booking")]
    [InlineData("no tenant")]
    public async Task A_return_naming_another_order_or_an_unknown_booking_is_rejected(string forgery)
    {
        var order = await OpenOrderAsync();
        payflex.Set(order.OrderId, "Approved");
        var query = new Dictionary<string, string> { ["tenant"] = harness.TenantId, ["booking"] = harness.BookingId, ["orderId"] = order.OrderId };
        switch (forgery)
        {
            case "another order":
                query["orderId"] = Guid.NewGuid().ToString();
                break;
            case "unknown booking":
                query["booking"] = "bkg-unknown";
                break;
            default:
                query.Remove("tenant");
                break;
        }

        Assert.IsType<WebhookVerification.Rejected>(await Gateway.VerifyWebhookAsync(GatewayHarness.Delivery(string.Empty, query: query), CancellationToken.None));
    }

    [Fact]
    public async Task A_refund_is_asked_in_rands_under_our_refund_key_and_a_repeat_is_left_to_the_owner()
    {
        var order = await OpenOrderAsync();
        payflex.Set(order.OrderId, "Approved");

        var first = await harness.RefundAsync(PaymentGatewayKind.Payflex, order.OrderId, order.OrderId);
        var repeat = await harness.RefundAsync(PaymentGatewayKind.Payflex, order.OrderId, order.OrderId);

        Assert.IsType<RefundOutcome.Refunded>(first);
        Assert.IsType<RefundOutcome.ManualRefundRequired>(repeat);
        var refund = Assert.Single(payflex.Refunds);
        Assert.Equal((90m, $"refund-{harness.BookingId}"), (refund["amount"]!.GetValue<decimal>(), refund["requestId"]!.ToString()));
    }

    private async Task<FakePayflexOrder> OpenOrderAsync()
    {
        var session = await harness.OpenAsync(PaymentGatewayKind.Payflex);
        return payflex.Orders.Single(o => o.OrderId == session.Reference);
    }

    /// <summary>The customer's browser coming back to the return endpoint, with what Payflex appends.</summary>
    private static WebhookDelivery Return(FakePayflexOrder order) => GatewayHarness.Delivery(string.Empty,
        query: QueryHelpers.ParseQuery(FakePayflex.ReturnUrl(order, approved: true).Query).ToDictionary(q => q.Key, q => q.Value.ToString()));
}
