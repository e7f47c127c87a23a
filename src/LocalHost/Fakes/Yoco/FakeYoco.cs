using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace AppointmentBooking.LocalHost.Fakes.Yoco;

/// <summary>
/// Yoco's Checkout API as far as the app uses it (https://developer.yoco.com/online/api-reference/): accounts
/// by secret key, each with its webhook URL and signing secret; checkouts created, read and refunded with
/// idempotency keys replayed (https://developer.yoco.com/docs/checkout-api/idempotency); a simulator page
/// whose Pay button completes the checkout and posts a signed <c>payment.succeeded</c> to the account's
/// webhook URL. Tests post the same events from code, forged and stale ones included.
/// </summary>
public sealed class FakeYoco(Func<DateTimeOffset>? clock = null) : FakeServer
{
    private readonly ConcurrentDictionary<string, (string WebhookSecret, Uri? WebhookUrl)> accounts = new();
    private readonly ConcurrentDictionary<string, FakeYocoCheckout> checkouts = new();
    private readonly ConcurrentDictionary<string, (int Status, string Body)> idempotent = new();
    private readonly ConcurrentQueue<JsonObject> refunds = new();
    private readonly Func<DateTimeOffset> now = clock ?? TimeProvider.System.GetUtcNow;

    /// <summary>Opens an account whose webhooks go to <paramref name="webhookUrl"/>, signed with <paramref name="webhookSecret"/>.</summary>
    public FakeYoco WithAccount(string secretKey, string webhookSecret, Uri? webhookUrl)
    {
        accounts[secretKey] = (webhookSecret, webhookUrl);
        return this;
    }

    public IReadOnlyCollection<FakeYocoCheckout> Checkouts => [.. checkouts.Values];

    public IReadOnlyList<JsonObject> Refunds => [.. refunds];

    public FakeYocoCheckout CheckoutOf(string bookingId) => checkouts.Values.Single(c => c.Metadata["bookingId"]?.ToString() == bookingId);

    /// <summary>A <c>payment.succeeded</c> (or other) event about a checkout, as Yoco's sample shows it.</summary>
    public string EventJson(FakeYocoCheckout checkout, string type = "payment.succeeded", long? amount = null, string? currency = null, string? eventId = null) =>
        new JsonObject
        {
            ["id"] = eventId ?? "evt_" + Guid.NewGuid().ToString("N")[..24],
            ["type"] = type,
            ["createdDate"] = now().ToString("O"),
            ["payload"] = new JsonObject
            {
                ["id"] = checkout.PaymentId ?? "p_" + Guid.NewGuid().ToString("N")[..24],
                ["type"] = "payment",
                ["amount"] = amount ?? checkout.Amount,
                ["currency"] = currency ?? checkout.Currency,
                ["status"] = "succeeded",
                ["mode"] = checkout.SecretKey.StartsWith("sk_live_", StringComparison.Ordinal) ? "live" : "test",
                ["metadata"] = new JsonObject { ["checkoutId"] = checkout.Id },
            },
        }.ToJsonString();

    /// <summary>The customer pays; Yoco completes the checkout and posts its signed event (unless held back).</summary>
    public async Task<HttpResponseMessage?> PayAsync(string checkoutId, bool deliverWebhook = true)
    {
        var paid = checkouts.AddOrUpdate(checkoutId, _ => throw new KeyNotFoundException(checkoutId),
            (_, c) => c with { Status = "completed", PaymentId = c.PaymentId ?? "p_" + Guid.NewGuid().ToString("N")[..24] });
        return deliverWebhook ? await DeliverAsync(paid, EventJson(paid)) : null;
    }

    /// <summary>
    /// Posts a body to the checkout's account webhook URL, signed as Yoco would — or with another secret, at another
    /// time, not at all, or changed after signing.
    /// </summary>
    public async Task<HttpResponseMessage> DeliverAsync(
        FakeYocoCheckout checkout, string body, string? secret = null, DateTimeOffset? signedAt = null, bool withSignature = true,
        Func<string, string>? alterAfterSigning = null)
    {
        var account = accounts[checkout.SecretKey];
        var url = account.WebhookUrl ?? throw new InvalidOperationException("The account has no webhook URL registered.");
        var headers = withSignature
            ? YocoReferenceSignature.Headers("msg_" + Guid.NewGuid().ToString("N")[..24], (signedAt ?? now()).ToUnixTimeSeconds(), body, secret ?? account.WebhookSecret)
            : new Dictionary<string, string>();
        return await GatewayPosts.PostJsonAsync(url, alterAfterSigning?.Invoke(body) ?? body, headers);
    }

    protected override void MapRoutes(WebApplication application)
    {
        application.MapPost("/api/checkouts", (HttpRequest request) => WithAccountAsync(request, async key =>
        {
            var body = (await request.ReadFromJsonAsync<JsonObject>())!;
            var checkout = new FakeYocoCheckout("ch_" + Guid.NewGuid().ToString("N")[..24], key, body["amount"]!.GetValue<long>(),
                body["currency"]!.ToString(), body["successUrl"]?.ToString() ?? string.Empty, body["cancelUrl"]?.ToString() ?? string.Empty,
                body["metadata"]?.AsObject().DeepClone().AsObject() ?? []);
            checkouts[checkout.Id] = checkout;
            return (200, checkout.Json(Page(checkout.Id)));
        }));
        application.MapGet("/api/checkouts/{id}", (HttpRequest request, string id) => WithAccountAsync(request, key => Task.FromResult(
            checkouts.TryGetValue(id, out var c) && c.SecretKey == key ? (200, c.Json(Page(id))) : (404, Error("Checkout not found.")))));
        application.MapPost("/api/checkouts/{id}/refund", (HttpRequest request, string id) => WithAccountAsync(request, async key =>
        {
            var body = await request.ReadFromJsonAsync<JsonObject>() ?? [];
            if (!checkouts.TryGetValue(id, out var checkout) || checkout.SecretKey != key || checkout.Status != "completed")
            {
                return (422, Error("The checkout has no payment to refund."));
            }

            if (refunds.Any(r => r["id"]!.ToString() == id))
            {
                return (409, new JsonObject { ["description"] = "Payment has already been refunded." });
            }

            var refund = new JsonObject
            {
                ["id"] = id,
                ["refundId"] = "rfd_" + Guid.NewGuid().ToString("N")[..24],
                ["amount"] = body["amount"]?.GetValue<long>() ?? checkout.Amount,
                ["metadata"] = body["metadata"]?.DeepClone(),
                ["message"] = "Your refund has been processed",
                ["status"] = "successful",
            };
            refunds.Enqueue(refund);
            return (202, refund);
        }));
        application.MapGet("/checkout/{id}", (string id) => checkouts.TryGetValue(id, out var c)
            ? Results.Content(GatewayPages.Checkout("Yoco", "Deposit", "R " + (c.Amount / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), $"/checkout/{id}/pay", $"/checkout/{id}/decline",
                c.Status == "created"), "text/html; charset=utf-8")
            : Results.NotFound());
        application.MapPost("/checkout/{id}/pay", async (string id) =>
        {
            await PayAsync(id);
            return Results.Redirect(checkouts[id].SuccessUrl);
        });
        application.MapPost("/checkout/{id}/decline", (string id) => Results.Redirect(checkouts[id].CancelUrl));
    }

    private Uri Page(string checkoutId) => new(BaseAddress, $"checkout/{checkoutId}");

    /// <summary>Checks the bearer key and replays the first answer to a repeated idempotency key, as Yoco does.</summary>
    private async Task<IResult> WithAccountAsync(HttpRequest request, Func<string, Task<(int Status, JsonObject Body)>> handle)
    {
        var key = request.Headers.Authorization.ToString().Replace("Bearer ", string.Empty, StringComparison.Ordinal);
        if (!accounts.ContainsKey(key))
        {
            return Results.Json(Error("Your API key is missing or incorrect."), statusCode: 403);
        }

        var idempotencyKey = request.Headers["Idempotency-Key"].ToString();
        if (idempotencyKey.Length > 0 && idempotent.TryGetValue($"{key}\n{idempotencyKey}", out var earlier))
        {
            request.HttpContext.Response.Headers["Idempotent-Replayed"] = "true";
            return Results.Content(earlier.Body, "application/json", statusCode: earlier.Status);
        }

        var (status, body) = await handle(key);
        if (idempotencyKey.Length > 0)
        {
            idempotent[$"{key}\n{idempotencyKey}"] = (status, body.ToJsonString());
        }

        return Results.Content(body.ToJsonString(), "application/json", statusCode: status);
    }

    private static JsonObject Error(string message) => new() { ["errorCode"] = "error", ["errorMessage"] = message };
}
