namespace AppointmentBooking.LocalHost.Fakes.PayFast;

/// <summary>A checkout the fake PayFast took from a customer's browser: the form as posted, and what the "customer" did.</summary>
public sealed record FakePayFastPayment(string MerchantId, IReadOnlyDictionary<string, string> Form)
{
    public string MPaymentId => Form["m_payment_id"];

    public string Amount => Form["amount"];

    /// <summary><c>open</c>, <c>COMPLETE</c> or <c>CANCELLED</c>.</summary>
    public string Status { get; init; } = "open";

    /// <summary>PayFast's id of the payment, once paid.</summary>
    public string? PfPaymentId { get; init; }

    public string Field(string name) => Form.TryGetValue(name, out var value) ? value : string.Empty;
}
