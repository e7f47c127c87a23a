namespace AppointmentBooking.Functions.Application.Common;

/// <summary>
/// How an optimistic-concurrency loop behaves after losing a write race: how many tries in all; the
/// first <see cref="ImmediateRetries"/> retries at once (the winner's write is already there to read),
/// the later ones after a jittered exponential back-off (from <see cref="FirstBackoff"/>, capped at
/// <see cref="MaxBackoff"/>), so that writers who keep colliding spread out.
/// </summary>
public sealed record RetryLimits(int MaxAttempts, TimeSpan FirstBackoff, TimeSpan MaxBackoff, int ImmediateRetries = 0)
{
    /// <summary>
    /// Day ledgers are the hottest documents: many customers race for the same day at once. A first loss
    /// is retried at once; measured against backing off from the first loss in docs/performance.md.
    /// </summary>
    public static RetryLimits DayLedger { get; } = new(16, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(250), ImmediateRetries: 1);

    /// <summary>Appointments and customer records rarely change twice at once: a few tries settle any race.</summary>
    public static RetryLimits Document { get; } = new(5, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(250));

    /// <summary>No wait after the first <see cref="ImmediateRetries"/> losses, then a random wait up to the back-off of <paramref name="attempt"/> (0-based).</summary>
    public TimeSpan BackoffAfter(int attempt)
    {
        if (attempt < ImmediateRetries)
        {
            return TimeSpan.Zero;
        }

        var ceiling = Math.Min(MaxBackoff.TotalMilliseconds, FirstBackoff.TotalMilliseconds * Math.Pow(2, attempt - ImmediateRetries));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }
}
