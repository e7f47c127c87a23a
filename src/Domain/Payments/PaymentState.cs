namespace AppointmentBooking.Domain.Payments;

/// <summary>Where a deposit stands, as the app records it.</summary>
public enum PaymentState
{
    /// <summary>The checkout is open; nothing was paid yet.</summary>
    AwaitingPayment,

    /// <summary>The deposit was paid.</summary>
    Paid,

    /// <summary>The checkout expired unpaid.</summary>
    Expired,

    /// <summary>The deposit was returned to the customer.</summary>
    Refunded,

    /// <summary>A refund is due but the gateway cannot make it; the owner must refund by hand.</summary>
    ManualRefundRequired,
}
