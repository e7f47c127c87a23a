using NodaTime;

namespace AppointmentBooking.Domain.Common;

/// <summary>Sends a message that its consumer receives only after a delay (a retry's back-off).</summary>
public interface IMessageScheduler
{
    /// <summary>Sends <paramref name="message"/> to its destination, to become visible after <paramref name="delay"/>.</summary>
    Task ScheduleAsync(PendingMessage message, Duration delay, CancellationToken cancellationToken);
}
