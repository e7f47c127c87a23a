namespace AppointmentBooking.Domain.Payments;

/// <summary>What a verified gateway notification says happened to a deposit.</summary>
public enum PaymentEventKind
{
    /// <summary>The deposit was paid.</summary>
    Paid,

    /// <summary>A payment attempt failed; the checkout may still be paid with another attempt.</summary>
    Failed,

    /// <summary>The checkout expired unpaid.</summary>
    Expired,

    /// <summary>Money was returned to the customer.</summary>
    Refunded,
}
