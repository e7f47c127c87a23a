namespace AppointmentBooking.Domain.Webhooks;

/// <summary>Posts a signed delivery to an endpoint, connecting only to addresses the target rules allow.</summary>
public interface IWebhookSender
{
    /// <summary>The endpoint's answer, or why none came; never throws for the endpoint's failures.</summary>
    Task<WebhookAnswer> PostAsync(WebhookPost post, CancellationToken cancellationToken);
}
