namespace AppointmentBooking.Functions.Saga;

/// <summary>Settings under <c>Saga:</c>: how the booking saga retries a step that failed.</summary>
public sealed class SagaOptions
{
    public const string Section = "Saga";

    /// <summary>Seconds before the first retry of a failed step; each further retry waits twice as long.</summary>
    public double FirstRetrySeconds { get; set; } = 5;

    /// <summary>Tries of a step in all, the first included, before the saga treats it as failed for good.</summary>
    public int MaxAttempts { get; set; } = 6;
}
