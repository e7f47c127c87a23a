using System.Collections.Concurrent;
using AppointmentBooking.Domain.Bookings;
using NodaTime;

namespace AppointmentBooking.Functions.Tests.Application.Fakes;

/// <summary>Appointments in memory with the repository's version semantics: create-if-absent, replace-if-unchanged.</summary>
internal sealed class InMemoryAppointments : IAppointmentRepository
{
    private readonly ConcurrentDictionary<(string, string), Appointment> stored = new();
    private int versions;

    /// <summary>Makes the next creates fail as if the database did not answer (the write may or may not have landed).</summary>
    public int FailNextCreates { get; set; }

    public IReadOnlyCollection<Appointment> All => [.. stored.Values];

    public Task<Appointment?> FindAsync(string tenantId, string bookingId, CancellationToken cancellationToken) =>
        Task.FromResult(stored.GetValueOrDefault((tenantId, bookingId)));

    public Task<Appointment?> TryCreateAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        if (FailNextCreates > 0)
        {
            FailNextCreates--;
            throw new TimeoutException("The store did not answer.");
        }

        var versioned = appointment.Stored(NextVersion());
        return Task.FromResult(stored.TryAdd((appointment.TenantId, appointment.Id), versioned) ? versioned : null);
    }

    public Task<Appointment?> TryUpdateAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        var key = (appointment.TenantId, appointment.Id);
        lock (stored)
        {
            if (!stored.TryGetValue(key, out var current) || current.Version != appointment.Version)
            {
                return Task.FromResult<Appointment?>(null);
            }

            var versioned = appointment.Stored(NextVersion());
            stored[key] = versioned;
            return Task.FromResult<Appointment?>(versioned);
        }
    }

    public Task<IReadOnlyList<Appointment>> ListConfirmedStartingAsync(string tenantId, Instant after, Instant until, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Appointment>>([.. stored.Values.Where(a =>
            a.TenantId == tenantId && a.Status == BookingStatus.Confirmed && a.Placement.Start > after && a.Placement.Start <= until)]);

    public Task<IReadOnlyList<Appointment>> ListOwingMessagesAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Appointment>>([.. stored.Values.Where(a => a.TenantId == tenantId && a.Outbox.Count > 0)]);

    private string NextVersion() => $"v{Interlocked.Increment(ref versions)}";
}
