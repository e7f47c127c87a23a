namespace AppointmentBooking.Domain.Scheduling;

/// <summary>Why a start cannot be booked; the booking path maps each to a stable problem type.</summary>
public enum BookingRejection
{
    /// <summary>Nothing is wrong: the start is bookable.</summary>
    None,

    /// <summary>The service is inactive.</summary>
    ServiceInactive,

    /// <summary>The staff member may not perform the service.</summary>
    StaffNotQualified,

    /// <summary>The start is earlier than now plus the minimum notice.</summary>
    TooSoon,

    /// <summary>The start's local date is after the last bookable date.</summary>
    BeyondBookingWindow,

    /// <summary>The service with its buffers does not fit inside one working window (hours minus breaks).</summary>
    OutsideWorkingHours,

    /// <summary>The start is not on the slot grid of its working window.</summary>
    NotAligned,

    /// <summary>The service with its buffers overlaps the staff member's time off.</summary>
    TimeOff,

    /// <summary>The service with its buffers overlaps a booking, an unexpired hold or external busy time.</summary>
    Occupied,
}
