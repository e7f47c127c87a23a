namespace AppointmentBooking.Domain.Payments;

/// <summary>
/// A checkout a gateway opened: send the customer to <see cref="RedirectUrl"/> — with a GET, or, when
/// <see cref="FormFields"/> is not empty, by posting those fields there (redirect-form gateways).
/// </summary>
/// <param name="Reference">The gateway's id of the checkout, used to query and expire it.</param>
/// <param name="RedirectUrl">The gateway's payment page.</param>
/// <param name="FormFields">Fields to post to the page; empty for plain redirects.</param>
/// <param name="Instalments">How the customer pays the gateway in parts, for pay-later gateways; null when paid at once.</param>
public sealed record CheckoutSession(
    string Reference, Uri RedirectUrl, IReadOnlyDictionary<string, string> FormFields, InstalmentPlan? Instalments = null);
