namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>
/// A booking's deposit: the gateway, where it stands (<c>awaitingPayment</c>, <c>paid</c>, <c>expired</c>,
/// <c>refunded</c>, <c>manualRefundRequired</c>), the checkout, and the customer's instalments at a pay-later gateway.
/// </summary>
public sealed record PaymentResponse(string Gateway, string State, MoneyResponse Amount, string CheckoutUrl)
{
    public IReadOnlyList<InstalmentResponse>? Instalments { get; init; }
}
