namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>The booking saga (one per booking, the booking id its instance id), as the application drives it.</summary>
public interface IBookingSagas
{
    /// <summary>Starts the booking's saga; does nothing when it was started before.</summary>
    Task StartAsync(BookingSagaStart start, CancellationToken cancellationToken);

    /// <summary>
    /// Tells a running saga its hold is cleared — the deposit was paid, or the business confirmed the
    /// booking — so it goes on to confirm, sync the calendar and announce; false when none is running.
    /// </summary>
    Task<bool> TryClearHoldAsync(string bookingId, CancellationToken cancellationToken);

    /// <summary>The step the booking's saga is at or ended on, or null when it has none.</summary>
    Task<string?> StepAsync(string bookingId, CancellationToken cancellationToken);
}
