namespace AppointmentBooking.Domain.Bookings;

/// <summary>Stores appointments, one per booking id, with optimistic concurrency on <see cref="Appointment.Version"/>.</summary>
public interface IAppointmentRepository
{
    /// <summary>The appointment, or null when the tenant has no booking with that id.</summary>
    Task<Appointment?> FindAsync(string tenantId, string bookingId, CancellationToken cancellationToken);

    /// <summary>Stores a new appointment; null when one with its id already exists.</summary>
    Task<Appointment?> TryCreateAsync(Appointment appointment, CancellationToken cancellationToken);

    /// <summary>Replaces the appointment if it is still at its <see cref="Appointment.Version"/>; null when another writer changed it.</summary>
    Task<Appointment?> TryUpdateAsync(Appointment appointment, CancellationToken cancellationToken);

    /// <summary>The tenant's confirmed appointments that start after <paramref name="after"/> and no later than <paramref name="until"/>.</summary>
    Task<IReadOnlyList<Appointment>> ListConfirmedStartingAsync(string tenantId, NodaTime.Instant after, NodaTime.Instant until, CancellationToken cancellationToken);

    /// <summary>The tenant's appointments whose outbox still holds messages.</summary>
    Task<IReadOnlyList<Appointment>> ListOwingMessagesAsync(string tenantId, CancellationToken cancellationToken);
}
