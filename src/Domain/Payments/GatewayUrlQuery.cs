namespace AppointmentBooking.Domain.Payments;

/// <summary>
/// The query parameters the app puts in the URLs it gives gateways (return pages, a tenant's webhook URL),
/// naming whose payment a call is about. Only hints: each is checked against the gateway before it counts.
/// </summary>
public static class GatewayUrlQuery
{
    /// <summary>The tenant id.</summary>
    public const string Tenant = "tenant";

    /// <summary>The booking id.</summary>
    public const string Booking = "booking";
}
