namespace AppointmentBooking.Domain.Scheduling;

/// <summary>Why a staff member is busy; only holds can expire.</summary>
public enum BusyKind
{
    /// <summary>A confirmed or pending booking.</summary>
    Booking,

    /// <summary>A slot held while the customer pays a deposit; blocks nothing once expired.</summary>
    Hold,

    /// <summary>A busy period from an external calendar.</summary>
    External,
}
