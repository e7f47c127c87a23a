using AppointmentBooking.Domain.Payments;

namespace AppointmentBooking.Functions.Infrastructure.Gateways;

/// <summary>Who a gateway notification claims to be about: a tenant set up for the gateway and its payment, or why not.</summary>
internal abstract record NotificationSubject
{
    private NotificationSubject()
    {
    }

    /// <summary>The tenant's opened credentials and the payment the notification names; the notification itself is not checked yet.</summary>
    public sealed record Known(GatewaySecrets Secrets, Payment Payment) : NotificationSubject;

    /// <summary>No tenant set up for the gateway, or no payment of it: the notification is refused.</summary>
    public sealed record Unknown(string Reason) : NotificationSubject
    {
        public WebhookVerification.Rejected Rejection => new(Reason);
    }
}
