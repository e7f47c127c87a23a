using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Appointments as documents in their tenant's partition; id = booking id; versions are ETags.</summary>
internal sealed class CosmosAppointmentRepository(CosmosStore store) : IAppointmentRepository
{
    private static readonly PartitionQuery OwingMessages = new("c.outboxPending = true");

    public async Task<Appointment?> FindAsync(string tenantId, string bookingId, CancellationToken cancellationToken) =>
        await store.ReadAsync<AppointmentDocument>(tenantId, bookingId, DocumentTypes.Appointment, cancellationToken) is { } document
            ? AppointmentMapper.ToDomain(document)
            : null;

    public async Task<Appointment?> TryCreateAsync(Appointment appointment, CancellationToken cancellationToken) =>
        await store.TryCreateAsync(AppointmentMapper.ToDocument(appointment), cancellationToken) is { ETag: { } version }
            ? appointment.Stored(version)
            : null;

    public async Task<Appointment?> TryUpdateAsync(Appointment appointment, CancellationToken cancellationToken) =>
        await store.TryReplaceAsync(AppointmentMapper.ToDocument(appointment), cancellationToken) is { ETag: { } version }
            ? appointment.Stored(version)
            : null;

    public async Task<IReadOnlyList<Appointment>> ListOwingMessagesAsync(string tenantId, CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<AppointmentDocument>(tenantId, DocumentTypes.Appointment, OwingMessages, cancellationToken))
            .Select(AppointmentMapper.ToDomain)];
}
