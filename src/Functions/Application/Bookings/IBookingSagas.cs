namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>The booking saga (one per booking, the booking id its instance id), as the application drives it.</summary>
public interface IBookingSagas
{
    /// <summary>Starts the booking's saga; does nothing when it was started before.</summary>
    Task StartAsync(BookingSagaStart start, CancellationToken cancellationToken);

    /// <summary>Tells a running saga its deposit was paid; false when no saga of that booking is running.</summary>
    Task<bool> TryNotifyDepositPaidAsync(string bookingId, CancellationToken cancellationToken);

    /// <summary>The step the booking's saga is at or ended on, or null when it has none.</summary>
    Task<string?> StepAsync(string bookingId, CancellationToken cancellationToken);
}
