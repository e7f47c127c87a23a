namespace AppointmentBooking.Domain.Bookings;

/// <summary>Where a booking stands in its life.</summary>
public enum BookingStatus
{
    /// <summary>The slot is held until the deposit is paid or the hold expires.</summary>
    PendingPayment,

    /// <summary>The slot is the customer's.</summary>
    Confirmed,

    /// <summary>Cancelled by the customer or the business; the slot is free again.</summary>
    Cancelled,

    /// <summary>The hold ran out before the deposit was paid; the slot is free again.</summary>
    Expired,

    /// <summary>The appointment took place; marked by the business once it started.</summary>
    Completed,

    /// <summary>The customer did not come; marked by the business once the start passed.</summary>
    NoShow,
}
