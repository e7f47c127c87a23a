namespace AppointmentBooking.Domain.Catalog;

/// <summary>How a deposit is worked out from a service's price.</summary>
public enum DepositKind
{
    /// <summary>No deposit; the booking is confirmed without payment.</summary>
    None,

    /// <summary>A whole-number percentage of the price.</summary>
    Percentage,

    /// <summary>A fixed amount, capped at the price.</summary>
    FixedAmount,
}
