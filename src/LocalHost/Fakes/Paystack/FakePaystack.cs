using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace AppointmentBooking.LocalHost.Fakes.Paystack;

/// <summary>
/// Paystack's API as far as the app uses it (https://paystack.com/docs/api/): accounts by secret key, each
/// with the webhook URL set in its dashboard; transactions initialised (a repeated reference refused with
/// <c>duplicate_reference</c>), verified and refunded (never beyond what was paid); a simulator page whose
/// Pay button marks the transaction paid and posts a signed <c>charge.success</c>. Tests post the same
/// events from code, forged ones included.
/// </summary>
public sealed class FakePaystack : FakeServer
{
    private readonly ConcurrentDictionary<string, Uri?> accounts = new();
    private readonly ConcurrentDictionary<string, FakePaystackTransaction> transactions = new();
    private readonly ConcurrentQueue<JsonObject> refunds = new();
    private long nextId = 3_018_284_000;

    public FakePaystack WithAccount(string secretKey, Uri? webhookUrl)
    {
        accounts[secretKey] = webhookUrl;
        return this;
    }

    public IReadOnlyCollection<FakePaystackTransaction> Transactions => [.. transactions.Values];

    public IReadOnlyList<JsonObject> Refunds => [.. refunds];

    public FakePaystackTransaction TransactionOf(string bookingId) =>
        transactions.Values.Single(t => t.Metadata["bookingId"]?.ToString() == bookingId);

    /// <summary>An event about a transaction, as Paystack posts it.</summary>
    public static string EventJson(FakePaystackTransaction transaction, string type = "charge.success", long? amount = null, string? currency = null)
    {
        var data = transaction.Json();
        data["status"] = "success";
        data["amount"] = amount ?? transaction.Paid ?? transaction.Amount;
        data["currency"] = currency ?? transaction.PaidCurrency ?? transaction.Currency;
        return new JsonObject { ["event"] = type, ["data"] = data }.ToJsonString();
    }

    /// <summary>The customer pays (optionally another amount or currency); Paystack marks it paid and posts its signed event (unless held back).</summary>
    public async Task<HttpResponseMessage?> PayAsync(string reference, bool deliverWebhook = true, long? paid = null, string? currency = null)
    {
        var done = transactions.AddOrUpdate(reference, _ => throw new KeyNotFoundException(reference),
            (_, t) => t with { Status = "success", Paid = paid, PaidCurrency = currency });
        return deliverWebhook ? await DeliverAsync(done, EventJson(done)) : null;
    }

    /// <summary>Posts a body to the transaction's account webhook URL, signed with the account key — or another, or none, or changed after signing.</summary>
    public async Task<HttpResponseMessage> DeliverAsync(
        FakePaystackTransaction transaction, string body, string? secretKey = null, bool withSignature = true, Func<string, string>? alterAfterSigning = null)
    {
        var url = accounts[transaction.SecretKey] ?? throw new InvalidOperationException("The account has no webhook URL.");
        var headers = withSignature
            ? new Dictionary<string, string> { [PaystackReferenceSignature.Header] = PaystackReferenceSignature.Sign(body, secretKey ?? transaction.SecretKey) }
            : [];
        return await GatewayPosts.PostJsonAsync(url, alterAfterSigning?.Invoke(body) ?? body, headers);
    }

    protected override void MapRoutes(WebApplication application)
    {
        application.MapPost("/transaction/initialize", (HttpRequest request) => WithAccountAsync(request, async key =>
        {
            var body = (await request.ReadFromJsonAsync<JsonObject>())!;
            var reference = body["reference"]?.ToString() ?? Guid.NewGuid().ToString("N");
            var code = Guid.NewGuid().ToString("N")[..15];
            var transaction = new FakePaystackTransaction(Interlocked.Increment(ref nextId), key, reference, code, body["amount"]!.GetValue<long>(),
                body["currency"]?.ToString() ?? "NGN", body["email"]!.ToString(), body["callback_url"]?.ToString() ?? string.Empty,
                body["metadata"]?.AsObject().DeepClone().AsObject() ?? []);
            if (!transactions.TryAdd(reference, transaction))
            {
                return (400, new JsonObject
                {
                    ["status"] = false, ["message"] = "Duplicate Transaction Reference", ["type"] = "validation_error", ["code"] = "duplicate_reference",
                });
            }

            return (200, Ok("Authorization URL created", new JsonObject
            {
                ["authorization_url"] = new Uri(BaseAddress, $"pay/{code}").ToString(), ["access_code"] = code, ["reference"] = reference,
            }));
        }));
        application.MapGet("/transaction/verify/{reference}", (HttpRequest request, string reference) => WithAccountAsync(request, key => Task.FromResult(
            transactions.TryGetValue(reference, out var t) && t.SecretKey == key
                ? (200, Ok("Verification successful", t.Json()))
                : (404, new JsonObject { ["status"] = false, ["message"] = "Transaction reference not found." }))));
        application.MapPost("/refund", (HttpRequest request) => WithAccountAsync(request, async key =>
        {
            var body = (await request.ReadFromJsonAsync<JsonObject>())!;
            var reference = body["transaction"]?.ToString() ?? string.Empty;
            if (!transactions.TryGetValue(reference, out var paid) || paid.SecretKey != key || paid.Status != "success")
            {
                return (400, new JsonObject { ["status"] = false, ["message"] = "Transaction not found or not successful." });
            }

            var amount = body["amount"]?.GetValue<long>() ?? paid.Amount;
            var refunded = refunds.Where(r => r["transaction"]!["reference"]!.ToString() == reference).Sum(r => r["amount"]!.GetValue<long>());
            if (refunded + amount > (paid.Paid ?? paid.Amount))
            {
                return (400, new JsonObject { ["status"] = false, ["message"] = "Transaction has been fully reversed" });
            }

            var refund = new JsonObject
            {
                ["id"] = Interlocked.Increment(ref nextId), ["status"] = "pending", ["amount"] = amount, ["currency"] = paid.Currency,
                ["transaction"] = new JsonObject { ["id"] = paid.Id, ["reference"] = reference }, ["merchant_note"] = body["merchant_note"]?.ToString(),
            };
            refunds.Enqueue(refund);
            return (200, Ok("Refund has been queued for processing", refund.DeepClone()));
        }));
        application.MapGet("/pay/{code}", (string code) => ByCode(code) is { } t
            ? Results.Content(GatewayPages.Checkout("Paystack", "Deposit", $"{t.Currency} {(t.Amount / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}",
                $"/pay/{code}/pay", $"/pay/{code}/decline", t.Status == "ongoing"), "text/html; charset=utf-8")
            : Results.NotFound());
        application.MapPost("/pay/{code}/pay", async (string code) =>
        {
            var transaction = ByCode(code)!;
            await PayAsync(transaction.Reference);
            return Results.Redirect($"{transaction.CallbackUrl}&trxref={transaction.Reference}&reference={transaction.Reference}");
        });
        application.MapPost("/pay/{code}/decline", (string code) =>
        {
            var transaction = transactions[ByCode(code)!.Reference] = ByCode(code)! with { Status = "failed" };
            return Results.Redirect(transaction.Metadata["cancel_action"]?.ToString() ?? transaction.CallbackUrl);
        });
    }

    private FakePaystackTransaction? ByCode(string code) => transactions.Values.FirstOrDefault(t => t.AccessCode == code);

    private async Task<IResult> WithAccountAsync(HttpRequest request, Func<string, Task<(int Status, JsonObject Body)>> handle)
    {
        var key = request.Headers.Authorization.ToString().Replace("Bearer ", string.Empty, StringComparison.Ordinal);
        if (!accounts.ContainsKey(key))
        {
            return Results.Json(new JsonObject { ["status"] = false, ["message"] = "Invalid key" }, statusCode: 401);
        }

        var (status, body) = await handle(key);
        return Results.Content(body.ToJsonString(), "application/json", statusCode: status);
    }

    private static JsonObject Ok(string message, JsonNode data) => new() { ["status"] = true, ["message"] = message, ["data"] = data };
}
