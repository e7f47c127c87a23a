namespace AppointmentBooking.Functions.Queues;

/// <summary>
/// The app's Storage queues. Every constant here except <see cref="PoisonSuffix"/> is a queue, and
/// they are exactly the list in infra/queues.json, which the deployment provisions (Infra.Tests
/// checks both ways). Names leave room for the host's <c>-poison</c> suffix.
/// </summary>
public static class QueueNames
{
    public const string Customers = "customers";

    /// <summary>Starts of booking sagas, from the bookings' outboxes.</summary>
    public const string Sagas = "sagas";

    /// <summary>Deposit refunds to make (a refundable cancellation, a payment that came too late).</summary>
    public const string Payments = "payments";

    /// <summary>One message per notification to send (recipient and channel).</summary>
    public const string Notifications = "notifications";

    /// <summary>Events of bookings (from their outboxes) and deposits, to keep and hand to webhooks.</summary>
    public const string BookingEvents = "booking-events";

    /// <summary>Webhook delivery tries, each due at its message's visibility time.</summary>
    public const string WebhookDeliveries = "webhook-deliveries";
    /// <summary>One message per active tenant and reminder timer run: scan that tenant's coming bookings.</summary>
    public const string Reminders = "reminders";

    /// <summary>Bookings whose staff calendar event must follow a change (moved, cancelled).</summary>
    public const string Calendar = "calendar";

    public const string PoisonSuffix = "-poison";

    /// <summary>
    /// How many times a message is delivered before it moves to its poison queue: host.json's
    /// <c>queues.maxDequeueCount</c> (a test keeps them equal), which the local host's poller follows too.
    /// </summary>
    public const int MaxDequeueCount = 5;
}
