namespace AppointmentBooking.Domain.Payments;

/// <summary>How a <see cref="Payment"/> took a notification or a refund.</summary>
public abstract record PaymentUpdate
{
    private PaymentUpdate()
    {
    }

    /// <summary>Something to store; <see cref="Anomaly"/> says why the notification was recorded but not acted on.</summary>
    public sealed record Changed(Payment Payment, string? Anomaly = null) : PaymentUpdate;

    /// <summary>Already recorded (a duplicate or a stale notification): nothing to store.</summary>
    public sealed record Unchanged(Payment Payment) : PaymentUpdate;
}
