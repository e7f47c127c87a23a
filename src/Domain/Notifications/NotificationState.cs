namespace AppointmentBooking.Domain.Notifications;

/// <summary>Where one notification stands.</summary>
public enum NotificationState
{
    /// <summary>Claimed by a delivery of its queue message, which is sending it (or will retry).</summary>
    Sending,

    /// <summary>The provider accepted it.</summary>
    Sent,

    /// <summary>It could not be sent and will not be retried by itself (its message is in the poison queue, or the failure was permanent).</summary>
    Failed,

    /// <summary>Deliberately not sent: no address on file, the customer opted out, the channel is not set up, or the booking moved on.</summary>
    Skipped,
}
