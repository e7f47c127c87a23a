namespace AppointmentBooking.Domain.Notifications;

/// <summary>Who a notification is for.</summary>
public enum NotificationRecipient
{
    /// <summary>The customer who booked.</summary>
    Customer,

    /// <summary>The staff member doing the booking.</summary>
    Staff,

    /// <summary>The tenant's owners.</summary>
    Owner,
}
