using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Appointments as documents in their tenant's partition; id = booking id; versions are ETags.</summary>
internal sealed class CosmosAppointmentRepository(CosmosStore store) : IAppointmentRepository
{
    private static readonly PartitionQuery OwingMessages = new("c.outboxPending = true");

    /// <summary>Starts are ISO instants with whole seconds at most: compared as text they order like instants.</summary>
    private const string ConfirmedStarting = "c.status = 'confirmed' AND c.start > @after AND c.start <= @until";

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

    public async Task<IReadOnlyList<Appointment>> ListConfirmedStartingAsync(
        string tenantId, Instant after, Instant until, CancellationToken cancellationToken)
    {
        var query = new PartitionQuery(ConfirmedStarting, "c.start")
        {
            Parameters = new Dictionary<string, object> { ["@after"] = WholeSeconds(after), ["@until"] = WholeSeconds(until) },
        };
        var documents = await store.QueryAsync<AppointmentDocument>(tenantId, DocumentTypes.Appointment, query, cancellationToken);
        return [.. documents.Select(AppointmentMapper.ToDomain).Where(a => a.Placement.Start > after && a.Placement.Start <= until)];
    }

    public async Task<IReadOnlyList<Appointment>> ListOwingMessagesAsync(string tenantId, CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<AppointmentDocument>(tenantId, DocumentTypes.Appointment, OwingMessages, cancellationToken))
            .Select(AppointmentMapper.ToDomain)];

    /// <summary>The text of the instant without its fraction, which would sort after "Z" as text; the exact bounds are applied after reading.</summary>
    private static string WholeSeconds(Instant instant) =>
        InstantPattern.ExtendedIso.Format(Instant.FromUnixTimeSeconds(instant.ToUnixTimeSeconds()));
}
