using System.Text.Json.Nodes;

namespace AppointmentBooking.LocalHost.Fakes.Paystack;

/// <summary>A transaction as the fake Paystack keeps it: the account's key, what the app initialised, what the "customer" did.</summary>
public sealed record FakePaystackTransaction(long Id, string SecretKey, string Reference, string AccessCode, long Amount, string Currency, string Email,
    string CallbackUrl, JsonObject Metadata)
{
    /// <summary><c>ongoing</c>, <c>success</c> or <c>failed</c>.</summary>
    public string Status { get; init; } = "ongoing";

    /// <summary>What the customer paid, when it differs from what was asked (to test an anomaly).</summary>
    public long? Paid { get; init; }

    /// <summary>The currency paid in, when it differs from the one asked (to test an anomaly).</summary>
    public string? PaidCurrency { get; init; }

    public JsonObject Json() => new()
    {
        ["id"] = Id,
        ["domain"] = SecretKey.StartsWith("sk_live_", StringComparison.Ordinal) ? "live" : "test",
        ["status"] = Status,
        ["reference"] = Reference,
        ["amount"] = Paid ?? Amount,
        ["currency"] = PaidCurrency ?? Currency,
        ["gateway_response"] = Status == "success" ? "Successful" : "Pending",
        ["channel"] = "card",
        ["metadata"] = Metadata.DeepClone(),
        ["customer"] = new JsonObject { ["email"] = Email },
    };
}
