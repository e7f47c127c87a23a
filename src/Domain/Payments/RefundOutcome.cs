namespace AppointmentBooking.Domain.Payments;

/// <summary>How a refund request ended at the gateway.</summary>
public abstract record RefundOutcome
{
    private RefundOutcome()
    {
    }

    /// <summary>The gateway accepted the refund.</summary>
    public sealed record Refunded(string RefundReference) : RefundOutcome;

    /// <summary>The gateway cannot refund through its API; the owner must do it by hand.</summary>
    public sealed record ManualRefundRequired(string Reason) : RefundOutcome;
}
