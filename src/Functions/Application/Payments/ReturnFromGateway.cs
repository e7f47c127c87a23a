using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Bookings;

namespace AppointmentBooking.Functions.Application.Payments;

/// <summary>
/// A customer sent back by a gateway that reports the outcome that way (Payflex's confirm and cancel
/// redirects, Netcash's Accept and Decline pages). What the browser brings proves nothing: the gateway's
/// own check (server to server) decides, and what it confirms is handled like a notification. The
/// customer then sees their booking page, which follows the saga.
/// </summary>
public sealed class ReturnFromGateway(HandlePaymentEvent handle, ITenantCatalog tenants, BookingPages pages)
{
    /// <summary>Where to send the customer next.</summary>
    public async Task<Uri> ExecuteAsync(IPaymentGateway gateway, WebhookDelivery delivery, IBookingSagas sagas, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(delivery);
        var verification = await gateway.VerifyWebhookAsync(delivery, cancellationToken);
        if (verification is WebhookVerification.Accepted accepted)
        {
            await handle.ExecuteAsync(accepted.Event, sagas, cancellationToken);
        }

        var (tenantId, bookingId, payment) = verification is WebhookVerification.Accepted { Event: var confirmed }
            ? (confirmed.TenantId, confirmed.BookingId, confirmed.Kind is PaymentEventKind.Failed ? BookingPages.Cancelled : BookingPages.Done)
            : (delivery.Query.GetValueOrDefault(GatewayUrlQuery.Tenant), delivery.Query.GetValueOrDefault(GatewayUrlQuery.Booking), BookingPages.Done);
        return tenantId is not null && bookingId is not null && await tenants.FindByIdAsync(tenantId, cancellationToken) is { } tenant
            ? pages.Booking(tenant.Tenant.Slug, bookingId, payment)
            : pages.Home;
    }
}
