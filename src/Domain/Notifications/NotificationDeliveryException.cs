namespace AppointmentBooking.Domain.Notifications;

/// <summary>
/// A provider refused a notification for good (a rejected address, an invalid number, bad credentials):
/// retrying cannot help, so it is recorded as failed at once. The message holds no personal data.
/// </summary>
public sealed class NotificationDeliveryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NotificationDeliveryException()
    {
    }

    /// <summary>Creates the exception with a reason safe to store and log.</summary>
    public NotificationDeliveryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a reason safe to store and log, wrapping the provider's error.</summary>
    public NotificationDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
