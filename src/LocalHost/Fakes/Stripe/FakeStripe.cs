using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Stripe;

namespace AppointmentBooking.LocalHost.Fakes.Stripe;

/// <summary>
/// Stripe's API as far as the app uses it (Checkout Sessions: create, retrieve, expire; refunds),
/// answering like Stripe (https://docs.stripe.com/api/checkout/sessions, https://docs.stripe.com/api/refunds):
/// form-encoded requests, bearer secret key, idempotency keys replayed, JSON objects. Its checkout URL
/// opens a simulator page whose Pay and Decline buttons post correctly signed webhooks to the app, so
/// a person can take a deposit booking from hold to confirmed on the local host. Tests drive the same
/// webhooks from code, forged ones included.
/// </summary>
public sealed class FakeStripe(string secretKey, string webhookSecret, Func<DateTimeOffset>? clock = null) : FakeServer
{
    private readonly ConcurrentDictionary<string, FakeStripeSession> sessions = new();
    private readonly ConcurrentDictionary<string, string> idempotentAnswers = new();
    private readonly ConcurrentQueue<JsonObject> refunds = new();
    private static readonly HttpClient Webhooks = new();
    private readonly Func<DateTimeOffset> now = clock ?? TimeProvider.System.GetUtcNow;

    /// <summary>Where the fake posts its webhooks: the app's <c>api/webhooks/stripe</c>.</summary>
    public Uri? WebhookUrl { get; set; }

    public string WebhookSecret => webhookSecret;

    public IReadOnlyCollection<FakeStripeSession> Sessions => [.. sessions.Values];

    public IReadOnlyList<JsonObject> Refunds => [.. refunds];

    public FakeStripeSession SessionOf(string bookingId) => sessions.Values.Single(s => s.Metadata.GetValueOrDefault("bookingId") == bookingId);

    /// <summary>Pays the session as a customer would on the simulator page; the webhook can be held back to test a lost one.</summary>
    public async Task<HttpResponseMessage?> PayAsync(string sessionId, bool deliverWebhook = true)
    {
        var paid = sessions.AddOrUpdate(sessionId, _ => throw new KeyNotFoundException(sessionId),
            (_, s) => s with { Status = "complete", PaymentStatus = "paid", PaymentIntentId = s.PaymentIntentId ?? "pi_" + Guid.NewGuid().ToString("N")[..24] });
        return deliverWebhook ? await DeliverAsync("checkout.session.completed", StripeJson.Session(paid, PayPage(paid.Id))) : null;
    }

    /// <summary>The JSON of an event of <paramref name="type"/> about <paramref name="dataObject"/>, as Stripe would send it.</summary>
    public string EventJson(string type, JsonObject dataObject, string? eventId = null) =>
        StripeJson.Event(eventId ?? "evt_" + Guid.NewGuid().ToString("N")[..24], type, dataObject, now().ToUnixTimeSeconds(), StripeConfiguration.ApiVersion)
            .ToJsonString();

    /// <summary>Posts a correctly signed event to the app.</summary>
    public Task<HttpResponseMessage> DeliverAsync(string type, JsonObject dataObject) => PostAsync(EventJson(type, dataObject));

    /// <summary>Posts a body with a signature made with the given secret and time (or none), to test what the app refuses.</summary>
    public async Task<HttpResponseMessage> PostAsync(string body, string? secret = null, DateTimeOffset? signedAt = null, bool withSignature = true)
    {
        var url = WebhookUrl ?? throw new InvalidOperationException("Set WebhookUrl to the app's api/webhooks/stripe first.");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (withSignature)
        {
            request.Headers.TryAddWithoutValidation(StripeSignature.Header,
                StripeSignature.Sign(body, secret ?? webhookSecret, (signedAt ?? now()).ToUnixTimeSeconds()));
        }

        return await Webhooks.SendAsync(request);
    }

    public Uri PayPage(string sessionId) => new(BaseAddress, $"pay/{sessionId}");

    protected override void MapRoutes(WebApplication application)
    {
        application.Use(RequireSecretKeyAsync);
        application.MapPost("/v1/checkout/sessions", CreateSessionAsync);
        application.MapGet("/v1/checkout/sessions/{id}", (string id) => Answer(sessions.TryGetValue(id, out var s) ? Json(s) : null));
        application.MapPost("/v1/checkout/sessions/{id}/expire", ExpireAsync);
        application.MapPost("/v1/refunds", RefundAsync);
        application.MapGet("/pay/{id}", (string id) =>
            sessions.TryGetValue(id, out var s) ? Results.Content(SimulatorPage.For(s), "text/html; charset=utf-8") : Results.NotFound());
        application.MapPost("/pay/{id}/succeed", async (string id) =>
        {
            await PayAsync(id);
            return Results.Redirect(sessions[id].SuccessUrl);
        });
        application.MapPost("/pay/{id}/decline", async (string id) =>
        {
            var session = sessions[id];
            await DeliverAsync("payment_intent.payment_failed", StripeJson.PaymentIntent("pi_" + Guid.NewGuid().ToString("N")[..24], session, "requires_payment_method"));
            return Results.Redirect(session.CancelUrl);
        });
    }

    private async Task RequireSecretKeyAsync(HttpContext context, Func<Task> next)
    {
        if (context.Request.Path.StartsWithSegments("/v1") && context.Request.Headers.Authorization.ToString() != $"Bearer {secretKey}")
        {
            await Answer(StripeJson.Error("invalid_request_error", "Invalid API Key provided."), StatusCodes.Status401Unauthorized).ExecuteAsync(context);
            return;
        }

        await next();
    }

    private async Task<IResult> CreateSessionAsync(HttpRequest request) => await IdempotentAsync(request, async () =>
    {
        var form = await request.ReadFormAsync();
        var session = new FakeStripeSession(
            "cs_test_" + Guid.NewGuid().ToString("N"),
            long.Parse(form["line_items[0][price_data][unit_amount]"]!, CultureInfo.InvariantCulture),
            form["line_items[0][price_data][currency]"].ToString(),
            form["line_items[0][price_data][product_data][name]"].ToString(),
            form["success_url"].ToString(),
            form["cancel_url"].ToString(),
            long.Parse(form["expires_at"]!, CultureInfo.InvariantCulture),
            form.Where(f => f.Key.StartsWith("metadata[", StringComparison.Ordinal)).ToDictionary(f => f.Key[9..^1], f => f.Value.ToString()));
        sessions[session.Id] = session;
        return Json(session);
    });

    private async Task<IResult> ExpireAsync(string id)
    {
        if (!sessions.TryGetValue(id, out var session) || session.Status != "open")
        {
            return Answer(StripeJson.Error("invalid_request_error", "Only Checkout Sessions with a status of open can be expired."),
                StatusCodes.Status400BadRequest);
        }

        var expired = sessions[id] = session with { Status = "expired" };
        if (WebhookUrl is not null)
        {
            await DeliverAsync("checkout.session.expired", Json(expired));
        }

        return Answer(Json(expired));
    }

    private Task<IResult> RefundAsync(HttpRequest request) => IdempotentAsync(request, async () =>
    {
        var form = await request.ReadFormAsync();
        var paymentIntent = form["payment_intent"].ToString();
        var session = sessions.Values.SingleOrDefault(s => s.PaymentIntentId == paymentIntent);
        if (session is null)
        {
            return StripeJson.Error("invalid_request_error", $"No such payment_intent: '{paymentIntent}'", "resource_missing");
        }

        var refund = StripeJson.Refund("re_" + Guid.NewGuid().ToString("N")[..24], long.Parse(form["amount"]!, CultureInfo.InvariantCulture),
            session.Currency, paymentIntent, form.Where(f => f.Key.StartsWith("metadata[", StringComparison.Ordinal)).ToDictionary(f => f.Key[9..^1], f => f.Value.ToString()));
        refunds.Enqueue(refund);
        return refund;
    });

    /// <summary>Stripe answers a repeated idempotency key with the first answer (https://docs.stripe.com/idempotency).</summary>
    private async Task<IResult> IdempotentAsync(HttpRequest request, Func<Task<JsonObject>> create)
    {
        var key = request.Headers["Idempotency-Key"].ToString();
        if (key.Length > 0 && idempotentAnswers.TryGetValue(key, out var earlier))
        {
            return Results.Content(earlier, "application/json");
        }

        var answer = (await create()).ToJsonString();
        if (key.Length > 0)
        {
            idempotentAnswers[key] = answer;
        }

        return Results.Content(answer, "application/json", statusCode: answer.Contains("\"error\"", StringComparison.Ordinal) ? 400 : 200);
    }

    private JsonObject Json(FakeStripeSession session) => StripeJson.Session(session, PayPage(session.Id));

    private static IResult Answer(JsonObject? body, int status = StatusCodes.Status200OK) =>
        body is null
            ? Results.Content(StripeJson.Error("invalid_request_error", "No such checkout session.", "resource_missing").ToJsonString(), "application/json",
                statusCode: StatusCodes.Status404NotFound)
            : Results.Content(body.ToJsonString(), "application/json", statusCode: status);
}
