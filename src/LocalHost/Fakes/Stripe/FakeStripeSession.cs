namespace AppointmentBooking.LocalHost.Fakes.Stripe;

/// <summary>A Checkout Session as the fake keeps it: what the app asked for, and what the "customer" did.</summary>
public sealed record FakeStripeSession(
    string Id,
    long AmountTotal,
    string Currency,
    string Description,
    string SuccessUrl,
    string CancelUrl,
    long ExpiresAt,
    IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary><c>open</c>, <c>complete</c> or <c>expired</c>, as Stripe names them.</summary>
    public string Status { get; init; } = "open";

    /// <summary><c>unpaid</c> or <c>paid</c>.</summary>
    public string PaymentStatus { get; init; } = "unpaid";

    public string? PaymentIntentId { get; init; }
}
