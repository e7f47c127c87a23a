using System.Text.Json.Nodes;

namespace AppointmentBooking.LocalHost.Fakes.Stripe;

/// <summary>The JSON shapes of Stripe's API objects (https://docs.stripe.com/api), as far as the app reads them.</summary>
internal static class StripeJson
{
    public static JsonObject Session(FakeStripeSession session, Uri payPage) => new()
    {
        ["id"] = session.Id,
        ["object"] = "checkout.session",
        ["mode"] = "payment",
        ["status"] = session.Status,
        ["payment_status"] = session.PaymentStatus,
        ["url"] = session.Status == "open" ? payPage.ToString() : null,
        ["amount_total"] = session.AmountTotal,
        ["currency"] = session.Currency,
        ["client_reference_id"] = session.Metadata.GetValueOrDefault("bookingId"),
        ["metadata"] = Metadata(session.Metadata),
        ["payment_intent"] = session.PaymentIntentId,
        ["success_url"] = session.SuccessUrl,
        ["cancel_url"] = session.CancelUrl,
        ["expires_at"] = session.ExpiresAt,
    };

    public static JsonObject PaymentIntent(string id, FakeStripeSession session, string status) => new()
    {
        ["id"] = id,
        ["object"] = "payment_intent",
        ["amount"] = session.AmountTotal,
        ["currency"] = session.Currency,
        ["status"] = status,
        ["metadata"] = Metadata(session.Metadata),
    };

    public static JsonObject Refund(string id, long amount, string currency, string paymentIntent, IReadOnlyDictionary<string, string> metadata) => new()
    {
        ["id"] = id,
        ["object"] = "refund",
        ["amount"] = amount,
        ["currency"] = currency,
        ["payment_intent"] = paymentIntent,
        ["status"] = "succeeded",
        ["metadata"] = Metadata(metadata),
    };

    public static JsonObject Event(string id, string type, JsonObject dataObject, long created, string apiVersion) => new()
    {
        ["id"] = id,
        ["object"] = "event",
        ["api_version"] = apiVersion,
        ["created"] = created,
        ["livemode"] = false,
        ["pending_webhooks"] = 1,
        ["type"] = type,
        ["data"] = new JsonObject { ["object"] = dataObject },
    };

    public static JsonObject Error(string type, string message, string? code = null) =>
        new() { ["error"] = new JsonObject { ["type"] = type, ["code"] = code, ["message"] = message } };

    private static JsonObject Metadata(IReadOnlyDictionary<string, string> metadata) =>
        new(metadata.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
}
