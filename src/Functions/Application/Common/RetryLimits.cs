namespace AppointmentBooking.Functions.Application.Common;

/// <summary>
/// How an optimistic-concurrency loop behaves after losing a write race: how many tries in all, and
/// the jittered exponential back-off between them (from <see cref="FirstBackoff"/>, capped at <see cref="MaxBackoff"/>).
/// </summary>
public sealed record RetryLimits(int MaxAttempts, TimeSpan FirstBackoff, TimeSpan MaxBackoff)
{
    /// <summary>Day ledgers are the hottest documents: many customers race for the same day at once.</summary>
    public static RetryLimits DayLedger { get; } = new(16, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(250));

    /// <summary>Appointments and customer records rarely change twice at once: a few tries settle any race.</summary>
    public static RetryLimits Document { get; } = new(5, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(250));

    /// <summary>A random wait up to the back-off of <paramref name="attempt"/> (0-based), so racing writers spread out.</summary>
    public TimeSpan BackoffAfter(int attempt)
    {
        var ceiling = Math.Min(MaxBackoff.TotalMilliseconds, FirstBackoff.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }
}
