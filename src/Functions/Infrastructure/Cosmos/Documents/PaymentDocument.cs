using AppointmentBooking.Domain.Payments;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>A booking's deposit at one gateway; id = <c>pay-{bookingId}</c>, in the tenant's partition.</summary>
public sealed record PaymentDocument : CosmosDocument
{
    public override string Type => DocumentTypes.Payment;

    public required string BookingId { get; init; }

    public required PaymentGatewayKind Gateway { get; init; }

    public required long AmountMinor { get; init; }

    public required string Currency { get; init; }

    public required string CheckoutReference { get; init; }

    public required Uri CheckoutUrl { get; init; }

    public IReadOnlyDictionary<string, string> CheckoutFields { get; init; } = new Dictionary<string, string>();

    /// <summary>The customer's instalment plan at a pay-later gateway (Payflex); null when paid at once.</summary>
    public IReadOnlyList<InstalmentDocument>? Instalments { get; init; }

    public required PaymentState State { get; init; }

    public string? PaymentReference { get; init; }

    public string? RefundReference { get; init; }

    public IReadOnlyList<PaymentChangeDocument> History { get; init; } = [];

    /// <summary>When the deposit was paid, as Unix milliseconds: a number the dashboard's period filter compares.</summary>
    public long? PaidAtMs { get; init; }

    /// <summary>When the deposit was refunded, as Unix milliseconds.</summary>
    public long? RefundedAtMs { get; init; }
}
