using AppointmentBooking.Domain.Calendar;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Calendar connections as documents in their tenant's partition, one per staff member; versions are ETags.</summary>
internal sealed class CosmosCalendarConnections(CosmosStore store) : ICalendarConnections
{
    private const string Provider = "google";

    public async Task<CalendarConnection?> FindAsync(string tenantId, string staffId, CancellationToken cancellationToken) =>
        await store.ReadAsync<CalendarConnectionDocument>(tenantId, IdFor(staffId), DocumentTypes.CalendarConnection, cancellationToken) is { } document
            ? ToDomain(document)
            : null;

    public async Task<IReadOnlyList<CalendarConnection>> ListAsync(string tenantId, CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<CalendarConnectionDocument>(tenantId, DocumentTypes.CalendarConnection, PartitionQuery.All, cancellationToken))
            .Select(ToDomain)];

    public async Task<CalendarConnection> ReplaceAsync(CalendarConnection connection, CancellationToken cancellationToken) =>
        ToDomain(await store.UpsertAsync(ToDocument(connection), cancellationToken));

    public async Task<CalendarConnection?> TryUpdateAsync(CalendarConnection connection, CancellationToken cancellationToken) =>
        await store.TryReplaceAsync(ToDocument(connection), cancellationToken) is { ETag: { } version } ? connection.Stored(version) : null;

    public Task<bool> TryRemoveAsync(CalendarConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return store.TryDeleteAsync<CalendarConnectionDocument>(connection.TenantId, IdFor(connection.StaffId),
            connection.Version ?? throw new ArgumentException("Removing a connection needs the version it was read at.", nameof(connection)), cancellationToken);
    }

    private static string IdFor(string staffId) => $"cal-{staffId}";

    private static CalendarConnectionDocument ToDocument(CalendarConnection connection) => new()
    {
        Id = IdFor(connection.StaffId),
        TenantId = connection.TenantId,
        StaffId = connection.StaffId,
        Provider = Provider,
        CalendarId = connection.CalendarId,
        SealedRefreshToken = connection.RefreshToken.Ciphertext,
        Scopes = connection.Scopes,
        ConnectedAt = connection.ConnectedAt,
        ConnectedBy = connection.ConnectedBy,
        Status = connection.Status,
        LostAt = connection.LostAt,
        LostReason = connection.LostReason,
        OwnerToldAt = connection.OwnerToldAt,
        ETag = connection.Version,
    };

    private static CalendarConnection ToDomain(CalendarConnectionDocument document) => new(
        document.TenantId,
        document.StaffId,
        document.CalendarId,
        new SealedSecret(document.SealedRefreshToken),
        document.Scopes,
        document.ConnectedAt,
        document.ConnectedBy,
        document.Status,
        document.LostAt,
        document.LostReason,
        document.OwnerToldAt,
        document.ETag);
}
