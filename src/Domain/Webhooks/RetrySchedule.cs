using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Webhooks;

/// <summary>
/// When a failed delivery is tried again: after <see cref="FirstDelay"/>, then twice as long each time,
/// as long as the next try would still fall within <see cref="RetryFor"/> of the first one.
/// </summary>
public sealed record RetrySchedule
{
    /// <summary>Creates a schedule; both durations are positive.</summary>
    /// <param name="firstDelay">The wait after the first failure.</param>
    /// <param name="retryFor">How long after the first try retries go on.</param>
    public RetrySchedule(Duration firstDelay, Duration retryFor)
    {
        FirstDelay = Preconditions.CheckPositive(firstDelay, nameof(firstDelay));
        RetryFor = Preconditions.CheckPositive(retryFor, nameof(retryFor));
    }

    /// <summary>The wait after the first failure.</summary>
    public Duration FirstDelay { get; }

    /// <summary>How long after the first try retries go on.</summary>
    public Duration RetryFor { get; }

    /// <summary>The wait after failed try number <paramref name="failedTries"/> (1 for the first); never much beyond <see cref="RetryFor"/>, after which nobody waits.</summary>
    public Duration DelayAfter(int failedTries) =>
        Duration.FromSeconds(Math.Min(FirstDelay.TotalSeconds * Math.Pow(2, Math.Clamp(failedTries - 1, 0, 62)), (RetryFor + FirstDelay).TotalSeconds));

    /// <summary>When to try again after <paramref name="failedTries"/> failures, the first at <paramref name="firstTry"/>; null when retries are over.</summary>
    public Instant? NextTry(Instant firstTry, Instant lastTry, int failedTries)
    {
        var next = lastTry + DelayAfter(failedTries);
        return next - firstTry <= RetryFor ? next : null;
    }
}
