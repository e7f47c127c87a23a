namespace AppointmentBooking.Domain.Notifications;

/// <summary>How a notification travels.</summary>
public enum NotificationChannel
{
    /// <summary>E-mail.</summary>
    Email,

    /// <summary>Text message.</summary>
    Sms,
}
