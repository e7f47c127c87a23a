using AppointmentBooking.Domain.Payments;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Application.Payments;

/// <summary>
/// The app's URLs around a payment: the booking page customers come back to, where gateways post
/// notifications, and the return endpoint of gateways that report by sending the customer back.
/// </summary>
public sealed class BookingPages(IOptions<PaymentOptions> options)
{
    public const string Done = "done";
    public const string Cancelled = "cancelled";

    /// <summary>The booking page, saying how the visit to the gateway ended (<see cref="Done"/> or <see cref="Cancelled"/>).</summary>
    public Uri Booking(string slug, string bookingId, string payment) =>
        new(ReturnBase, $"{Uri.EscapeDataString(slug)}/bookings/{Uri.EscapeDataString(bookingId)}?payment={payment}");

    /// <summary>Where <paramref name="gateway"/> posts its notifications.</summary>
    public Uri Notify(PaymentGatewayKind gateway) => new(WebhookBase, $"api/webhooks/{Name(gateway)}");

    /// <summary>Where <paramref name="gateway"/> sends the customer back to for the app to ask it how the payment went.</summary>
    public Uri GatewayReturn(PaymentGatewayKind gateway, string tenantId, string bookingId) =>
        new(WebhookBase, $"api/payments/{Name(gateway)}/return?{GatewayUrlQuery.Tenant}={Uri.EscapeDataString(tenantId)}"
            + $"&{GatewayUrlQuery.Booking}={Uri.EscapeDataString(bookingId)}");

    /// <summary>The booking site's home, for a return that names no booking the app knows.</summary>
    public Uri Home => ReturnBase;

    private Uri ReturnBase => options.Value.ReturnBaseUrl ?? throw new InvalidOperationException("Setting Payments:ReturnBaseUrl is required.");

    private Uri WebhookBase => options.Value.WebhookBaseUrl ?? throw new InvalidOperationException("Setting Payments:WebhookBaseUrl is required.");

    private static string Name(PaymentGatewayKind gateway) => gateway.ToString().ToLowerInvariant();
}
