using AppointmentBooking.Domain.Audit;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// Audit entries as documents in their tenant's partition, listed newest first by id: entry ids
/// start with the zero-padded time of the change (see the application's audit recorder), so id order
/// is time order and the listing needs no composite index.
/// </summary>
internal sealed class CosmosAuditTrail(CosmosStore store) : IAuditTrail
{
    private static readonly KeysetPage NewestFirst = new("id", Descending: true);

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        store.UpsertAsync(ToDocument(entry), cancellationToken);

    public async Task<Page<AuditEntry>> ListAsync(string tenantId, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        var query = NewestFirst.Query([], new Dictionary<string, object>(), after, limit);
        var results = await store.QueryAsync<AuditDocument>(tenantId, DocumentTypes.Audit, query, cancellationToken);
        return KeysetPage.Of(results, limit, d => d.Id, ToDomain);
    }

    private static AuditDocument ToDocument(AuditEntry entry) => new()
    {
        Id = entry.Id,
        TenantId = entry.TenantId,
        CreatedAt = entry.At,
        Actor = new AuditActorDocument(entry.Actor.MemberId, entry.Actor.Issuer, entry.Actor.Subject, entry.Actor.Email),
        Action = entry.Action,
        Resource = entry.Resource,
        Changes = [.. entry.Changes.Select(c => new FieldChangeDocument(c.Field, c.Before, c.After))],
    };

    private static AuditEntry ToDomain(AuditDocument document) => new(
        document.Id,
        document.TenantId,
        document.CreatedAt,
        new AuditActor(document.Actor.MemberId, document.Actor.Issuer, document.Actor.Subject, document.Actor.Email),
        document.Action,
        document.Resource,
        [.. document.Changes.Select(c => new FieldChange(c.Field, c.Before, c.After))]);
}
