namespace AppointmentBooking.Domain.Payments;

/// <summary>What a gateway made of a notification.</summary>
public abstract record WebhookVerification
{
    private WebhookVerification()
    {
    }

    /// <summary>Genuine, and about a deposit.</summary>
    public sealed record Accepted(PaymentEvent Event) : WebhookVerification;

    /// <summary>Genuine, but about something the app does not act on (another event type).</summary>
    public sealed record Ignored(string Reason) : WebhookVerification;

    /// <summary>Not shown to come from the gateway: forged, tampered, stale or malformed. Nothing may change.</summary>
    public sealed record Rejected(string Reason) : WebhookVerification;
}
