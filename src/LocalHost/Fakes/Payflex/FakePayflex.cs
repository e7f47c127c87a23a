using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace AppointmentBooking.LocalHost.Fakes.Payflex;

/// <summary>
/// Payflex's merchant API as far as the app uses it (https://docs.payflex.co.za/; paths as Payflex's own
/// plugins call them): client-credentials tokens at <c>auth/merchant</c> (counted, so tests see them kept),
/// orders created, read and refunded with a bearer token, and a simulator page whose buttons approve or
/// decline the order and send the customer to the order's confirm or cancel URL, with <c>orderId</c> and
/// <c>token</c> appended — Payflex sends no notification of its own.
/// </summary>
public sealed class FakePayflex : FakeServer
{
    private readonly ConcurrentDictionary<string, string> clients = new();
    private readonly ConcurrentDictionary<string, string> tokens = new();
    private readonly ConcurrentDictionary<string, FakePayflexOrder> orders = new();
    private readonly ConcurrentQueue<JsonObject> refunds = new();
    private int tokensIssued;

    public FakePayflex WithClient(string clientId, string clientSecret)
    {
        clients[clientId] = clientSecret;
        return this;
    }

    /// <summary>How long issued tokens live, in seconds.</summary>
    public int TokenLifetimeSeconds { get; set; } = 86_400;

    public int TokensIssued => tokensIssued;

    public IReadOnlyCollection<FakePayflexOrder> Orders => [.. orders.Values];

    public IReadOnlyList<JsonObject> Refunds => [.. refunds];

    public FakePayflexOrder OrderOf(string bookingId) => orders.Values.Single(o => o.MerchantReference == bookingId);

    /// <summary>Revokes every token, as when they expire early: the next call is refused with 401.</summary>
    public void RevokeTokens() => tokens.Clear();

    /// <summary>Sets what Payflex says of an order (a test's decline, or an amount other than asked).</summary>
    public FakePayflexOrder Set(string orderId, string status, decimal? reportedAmount = null) =>
        orders[orderId] = orders[orderId] with { Status = status, ReportedAmount = reportedAmount ?? orders[orderId].ReportedAmount };

    /// <summary>The URL Payflex sends the customer to after approving or declining.</summary>
    public static Uri ReturnUrl(FakePayflexOrder order, bool approved) =>
        new($"{(approved ? order.ConfirmUrl : order.CancelUrl)}&orderId={order.OrderId}&token={order.Token}");

    protected override void MapRoutes(WebApplication application)
    {
        application.MapPost("/auth/merchant", async (HttpRequest request) =>
        {
            var body = await request.ReadFromJsonAsync<JsonObject>() ?? [];
            var clientId = body["client_id"]?.ToString() ?? string.Empty;
            if (!clients.TryGetValue(clientId, out var secret) || body["client_secret"]?.ToString() != secret
                || body["grant_type"]?.ToString() != "client_credentials" || string.IsNullOrEmpty(body["audience"]?.ToString()))
            {
                return Results.Json(new JsonObject { ["error"] = "access_denied", ["error_description"] = "Unauthorized" }, statusCode: 401);
            }

            var token = "pfx_" + Guid.NewGuid().ToString("N");
            tokens[token] = clientId;
            Interlocked.Increment(ref tokensIssued);
            return Results.Json(new JsonObject { ["access_token"] = token, ["expires_in"] = TokenLifetimeSeconds, ["token_type"] = "Bearer" });
        });
        application.MapPost("/order/productSelect", (HttpRequest request) => WithClientAsync(request, async clientId =>
        {
            var body = (await request.ReadFromJsonAsync<JsonObject>())!;
            var order = new FakePayflexOrder(Guid.NewGuid().ToString(), clientId, Guid.NewGuid().ToString("N"), body["merchantReference"]!.ToString(),
                decimal.Parse(body["amount"]!.ToString(), CultureInfo.InvariantCulture), body["merchant"]!["redirectConfirmUrl"]!.ToString(),
                body["merchant"]!["redirectCancelUrl"]!.ToString());
            orders[order.OrderId] = order;
            return (201, new JsonObject
            {
                ["token"] = order.Token, ["expiryDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("O"),
                ["redirectUrl"] = new Uri(BaseAddress, $"order/{order.OrderId}/pay").ToString(), ["orderId"] = order.OrderId,
            });
        }));
        application.MapGet("/order/{id}", (HttpRequest request, string id) => WithClientAsync(request, clientId => Task.FromResult(
            orders.TryGetValue(id, out var o) && o.ClientId == clientId
                ? (200, new JsonObject
                {
                    ["orderId"] = o.OrderId, ["orderStatus"] = o.Status, ["amount"] = o.ReportedAmount ?? o.Amount, ["token"] = o.Token,
                    ["merchantReference"] = o.MerchantReference,
                })
                : (404, new JsonObject { ["errorCode"] = "MRM001", ["message"] = "Order not found" }))));
        application.MapPost("/order/{id}/refund", (HttpRequest request, string id) => WithClientAsync(request, async clientId =>
        {
            var body = (await request.ReadFromJsonAsync<JsonObject>())!;
            var amount = body["amount"]!.GetValue<decimal>();
            var refunded = refunds.Where(r => r["orderId"]!.ToString() == id).Sum(r => r["amount"]!.GetValue<decimal>());
            if (!orders.TryGetValue(id, out var order) || order.ClientId != clientId || order.Status != "Approved" || refunded + amount > order.Amount)
            {
                return (400, new JsonObject { ["errorCode"] = "MRM007", ["message"] = "The order cannot be refunded for this amount." });
            }

            var refund = new JsonObject
            {
                ["orderId"] = id, ["amount"] = amount, ["requestId"] = body["requestId"]?.ToString(),
                ["merchantRefundReference"] = body["merchantRefundReference"]?.ToString(),
            };
            refunds.Enqueue(refund);
            return (200, refund.DeepClone().AsObject());
        }));
        application.MapGet("/order/{id}/pay", (string id) => orders.TryGetValue(id, out var o)
            ? Results.Content(GatewayPages.Checkout("Payflex", "Deposit in 4 instalments", "R " + o.Amount.ToString("0.00", CultureInfo.InvariantCulture),
                $"/order/{id}/approve", $"/order/{id}/decline", o.Status == "Created"), "text/html; charset=utf-8")
            : Results.NotFound());
        application.MapPost("/order/{id}/approve", (string id) => Results.Redirect(ReturnUrl(Set(id, "Approved"), approved: true).ToString()));
        application.MapPost("/order/{id}/decline", (string id) => Results.Redirect(ReturnUrl(Set(id, "Declined"), approved: false).ToString()));
    }

    private async Task<IResult> WithClientAsync(HttpRequest request, Func<string, Task<(int Status, JsonObject Body)>> handle)
    {
        var token = request.Headers.Authorization.ToString().Replace("Bearer ", string.Empty, StringComparison.Ordinal);
        if (!tokens.TryGetValue(token, out var clientId))
        {
            return Results.Json(new JsonObject { ["message"] = "Unauthorized" }, statusCode: 401);
        }

        var (status, body) = await handle(clientId);
        return Results.Content(body.ToJsonString(), "application/json", statusCode: status);
    }
}
