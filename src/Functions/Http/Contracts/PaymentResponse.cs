namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>A booking's deposit: the gateway, where it stands (<c>awaitingPayment</c>, <c>paid</c>, <c>expired</c>, <c>refunded</c>, <c>manualRefundRequired</c>) and the checkout.</summary>
public sealed record PaymentResponse(string Gateway, string State, MoneyResponse Amount, string CheckoutUrl);
