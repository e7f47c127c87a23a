namespace AppointmentBooking.Domain.Events;

/// <summary>What happened to a booking (or around one), as the dashboard's stream and tenants' webhooks announce it.</summary>
public enum BookingEventKind
{
    /// <summary>A booking was made: held until its deposit is paid, or confirmed at once.</summary>
    BookingCreated,

    /// <summary>The booking is the customer's: its deposit arrived, none was due, or the business confirmed it.</summary>
    BookingConfirmed,

    /// <summary>The customer or the business cancelled the booking, or it could not go ahead.</summary>
    BookingCancelled,

    /// <summary>The booking moved to another time (or staff member).</summary>
    BookingRescheduled,

    /// <summary>The hold ran out before the deposit was paid.</summary>
    BookingExpired,

    /// <summary>The appointment took place.</summary>
    BookingCompleted,

    /// <summary>The customer did not come.</summary>
    BookingNoShow,

    /// <summary>The booking's deposit was paid.</summary>
    DepositPaid,

    /// <summary>The booking's deposit was returned to the customer.</summary>
    DepositRefunded,

    /// <summary>A staff member's calendar connection stopped working.</summary>
    CalendarDisconnected,
}
