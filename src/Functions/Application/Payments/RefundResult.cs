namespace AppointmentBooking.Functions.Application.Payments;

/// <summary>How a refund request ended.</summary>
public enum RefundResult
{
    /// <summary>The gateway refunded the deposit now.</summary>
    Refunded,

    /// <summary>The gateway cannot refund through its API; the owner was left a manual refund to make.</summary>
    ManualRefundRequired,

    /// <summary>Refunded (or handed to the owner) before: nothing done.</summary>
    AlreadySettled,

    /// <summary>No deposit was paid: nothing to refund.</summary>
    NothingPaid,
}
