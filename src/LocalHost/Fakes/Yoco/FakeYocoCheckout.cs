using System.Text.Json.Nodes;

namespace AppointmentBooking.LocalHost.Fakes.Yoco;

/// <summary>A checkout as the fake Yoco keeps it: the account's key, what the app asked for, and what the "customer" did.</summary>
public sealed record FakeYocoCheckout(string Id, string SecretKey, long Amount, string Currency, string SuccessUrl, string CancelUrl, JsonObject Metadata)
{
    /// <summary><c>created</c> or <c>completed</c>.</summary>
    public string Status { get; init; } = "created";

    public string? PaymentId { get; init; }

    public JsonObject Json(Uri redirectUrl) => new()
    {
        ["id"] = Id,
        ["redirectUrl"] = redirectUrl.ToString(),
        ["status"] = Status,
        ["amount"] = Amount,
        ["currency"] = Currency,
        ["paymentId"] = PaymentId,
        ["successUrl"] = SuccessUrl,
        ["cancelUrl"] = CancelUrl,
        ["metadata"] = Metadata.DeepClone(),
        ["processingMode"] = SecretKey.StartsWith("sk_live_", StringComparison.Ordinal) ? "live" : "test",
    };
}
