namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>
/// Where to send the customer to pay the deposit: open <see cref="RedirectUrl"/>, or — when
/// <see cref="FormFields"/> is not empty — post those fields to it as an HTML form.
/// </summary>
public sealed record CheckoutResponse(string Gateway, string RedirectUrl, IReadOnlyDictionary<string, string> FormFields, MoneyResponse Amount, string State)
{
    /// <summary>How the customer pays a pay-later gateway in parts; absent when paid at once.</summary>
    public IReadOnlyList<InstalmentResponse>? Instalments { get; init; }
}
