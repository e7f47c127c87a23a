namespace AppointmentBooking.Functions.Infrastructure.PayFast;

/// <summary>
/// What PayFast's refund query says of a payment (https://developers.payfast.co.za/api, "Refunds API",
/// <c>GET /refunds/query/{id}</c>): whether it is refundable, how much of it (cents), and how a full or
/// partial refund would reach the buyer (<c>PAYMENT_SOURCE</c>: back to the card; <c>BANK_PAYOUT</c>: needs bank details).
/// </summary>
internal sealed record PayFastRefundability(string Status, long AmountOriginal, long AmountAvailable, string? FullMethod, string? PartialMethod)
{
    public const string Refundable = "REFUNDABLE";
    public const string Completed = "COMPLETED";
    public const string ToPaymentSource = "PAYMENT_SOURCE";

    /// <summary>How much was refunded already.</summary>
    public long AmountRefunded => AmountOriginal - AmountAvailable;

    public string? MethodFor(long amount) => amount >= AmountOriginal ? FullMethod : PartialMethod;
}
