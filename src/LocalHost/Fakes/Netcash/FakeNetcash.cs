using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace AppointmentBooking.LocalHost.Fakes.Netcash;

/// <summary>
/// Netcash Pay Now as far as the app uses it (https://api.netcash.co.za/inbound-payments/pay-now/pay-now-ecommerce):
/// accounts by Pay Now service key, each with the Notify and Accept URLs set in its Netcash account; the
/// payment page that takes the checkout form (unsigned, as Netcash's is: whatever amount the browser posts is
/// what is charged); the unsigned Notify post (https://api.netcash.co.za/inbound-payments/pay-now/accept-response);
/// and the transaction status check by request trace. Tests post forged Notify posts from code.
/// </summary>
public sealed class FakeNetcash : FakeServer
{
    private readonly ConcurrentDictionary<string, (Uri? NotifyUrl, Uri? AcceptUrl)> accounts = new();
    private readonly ConcurrentDictionary<string, FakeNetcashTransaction> transactions = new();

    public FakeNetcash WithAccount(string serviceKey, Uri? notifyUrl, Uri? acceptUrl)
    {
        accounts[serviceKey] = (notifyUrl, acceptUrl);
        return this;
    }

    public IReadOnlyCollection<FakeNetcashTransaction> Transactions => [.. transactions.Values];

    public FakeNetcashTransaction TransactionOf(string reference) => transactions.Values.Single(t => t.Reference == reference);

    /// <summary>Posts a checkout form to Pay Now as the customer's browser does (changed first, if a test wants a tampered amount).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IReadOnlyDictionary<string, string> form) =>
        await GatewayPosts.PostFormAsync(new Uri(BaseAddress, "site/paynow.aspx"), form);

    /// <summary>The Notify post about a transaction, as Netcash sends it.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> NotifyFields(FakeNetcashTransaction transaction, bool? accepted = null) =>
    [
        KeyValuePair.Create("TransactionAccepted", (accepted ?? transaction.Status == "accepted") ? "true" : "false"),
        KeyValuePair.Create("CardHolderIpAddr", "127.0.0.1"),
        KeyValuePair.Create("RequestTrace", transaction.RequestTrace),
        KeyValuePair.Create("Reference", transaction.Reference),
        KeyValuePair.Create("Extra1", transaction.Field("m4")),
        KeyValuePair.Create("Extra2", transaction.Field("m5")),
        KeyValuePair.Create("Extra3", transaction.Field("m6")),
        KeyValuePair.Create("Amount", transaction.Amount),
        KeyValuePair.Create("Method", "1"),
        KeyValuePair.Create("Reason", (accepted ?? transaction.Status == "accepted") ? "Success" : "Declined"),
    ];

    /// <summary>The customer pays; Netcash posts its Notify (unless held back).</summary>
    public Task<HttpResponseMessage?> PayAsync(string reference, bool deliverNotify = true) => SettleAsync(reference, accepted: true, deliverNotify);

    /// <summary>The card is declined (or paid); Netcash posts its Notify (unless held back).</summary>
    public async Task<HttpResponseMessage?> SettleAsync(string reference, bool accepted, bool deliverNotify = true)
    {
        var settled = transactions[TransactionOf(reference).RequestTrace] = TransactionOf(reference) with { Status = accepted ? "accepted" : "declined" };
        return deliverNotify ? await PostNotifyAsync(settled, NotifyFields(settled)) : null;
    }

    /// <summary>Posts Notify fields to the transaction's account Notify URL.</summary>
    public async Task<HttpResponseMessage> PostNotifyAsync(FakeNetcashTransaction transaction, IEnumerable<KeyValuePair<string, string>> fields) =>
        await GatewayPosts.PostFormAsync(accounts[transaction.ServiceKey].NotifyUrl ?? throw new InvalidOperationException("No Notify URL."), fields);

    protected override void MapRoutes(WebApplication application)
    {
        application.MapPost("/site/paynow.aspx", async (HttpRequest request) =>
        {
            var form = (await request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());
            if (!accounts.ContainsKey(form.GetValueOrDefault("m1") ?? string.Empty) || string.IsNullOrEmpty(form.GetValueOrDefault("m2"))
                || string.IsNullOrEmpty(form.GetValueOrDefault("p2")) || !decimal.TryParse(form.GetValueOrDefault("p4"), System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                return Results.Content("<!doctype html><html lang=\"en\"><head><title>Netcash</title></head><body><h1>Invalid request</h1></body></html>",
                    "text/html; charset=utf-8", statusCode: 400);
            }

            var transaction = new FakeNetcashTransaction(Guid.NewGuid().ToString(), form["m1"], form);
            transactions[transaction.RequestTrace] = transaction;
            return Page(transaction);
        });
        application.MapPost("/site/paynow.aspx/{trace}/{outcome}", async (string trace, string outcome) =>
        {
            var transaction = transactions[trace] = transactions[trace] with { Status = outcome == "pay" ? "accepted" : "declined" };
            await PostNotifyAsync(transaction, NotifyFields(transaction));
            var accept = accounts[transaction.ServiceKey].AcceptUrl;
            return accept is null
                ? Results.Ok()
                : Results.Content(GatewayPages.AutoPost($"{accept}?{transaction.Field("m10")}", NotifyFields(transaction)), "text/html; charset=utf-8");
        });
        application.MapGet("/PayNow/TransactionStatus/Check", (string? requestTrace) =>
            requestTrace is not null && transactions.TryGetValue(requestTrace, out var t) && t.Status != "open"
                ? Results.Json(new JsonObject
                {
                    ["RequestTrace"] = t.RequestTrace,
                    ["Reference"] = t.Reference,
                    ["Amount"] = t.Amount,
                    ["TransactionAccepted"] = t.Status == "accepted",
                    ["Reason"] = t.Status == "accepted" ? "Success" : "Declined",
                })
                : Results.NotFound());
    }

    private static IResult Page(FakeNetcashTransaction transaction) => Results.Content(GatewayPages.Checkout("Netcash Pay Now", transaction.Field("p3"),
        $"R {transaction.Amount}", $"/site/paynow.aspx/{transaction.RequestTrace}/pay", $"/site/paynow.aspx/{transaction.RequestTrace}/decline",
        transaction.Status == "open"), "text/html; charset=utf-8");
}
