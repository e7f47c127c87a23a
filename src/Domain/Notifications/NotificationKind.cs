namespace AppointmentBooking.Domain.Notifications;

/// <summary>What a notification tells its recipient.</summary>
public enum NotificationKind
{
    /// <summary>The booking is confirmed.</summary>
    Confirmation,

    /// <summary>The booking was cancelled.</summary>
    Cancellation,

    /// <summary>The booking moved.</summary>
    Reschedule,

    /// <summary>The booking is coming up.</summary>
    Reminder,

    /// <summary>A deposit is due to keep the booking.</summary>
    DepositRequest,

    /// <summary>The hold lapsed before the deposit was paid.</summary>
    HoldExpired,

    /// <summary>The booking could not go ahead after all (the staff member's calendar was busy); the deposit is refunded and other times are offered.</summary>
    BookingUndone,

    /// <summary>A staff member's calendar connection stopped working (to the owner).</summary>
    CalendarDisconnected,

    /// <summary>A webhook endpoint failed every delivery for a day and was disabled (to the owner).</summary>
    WebhookDisabled,
}
