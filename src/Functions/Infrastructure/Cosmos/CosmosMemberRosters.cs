using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// Each tenant's roster as one document in its partition; versions are ETags. Every roster write keeps
/// the membership index in the directory partition in step: entries for new members are written before
/// the roster, entries of removed ones deleted after it, so the index never misses a member (it may
/// briefly name one too many, which the roster then refuses).
/// </summary>
internal sealed class CosmosMemberRosters(CosmosStore store) : IMemberRosters, IMembershipIndex
{
    public async Task<MemberRoster?> FindAsync(string tenantId, CancellationToken cancellationToken) =>
        await store.ReadAsync<MemberRosterDocument>(tenantId, MemberRosterDocument.DocumentId, cancellationToken) is { } document
            ? StoredDocuments.Map(document, ToDomain)
            : null;

    public async Task<MemberRoster?> TryWriteAsync(MemberRoster roster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var indexed = await IndexedAsync(roster.TenantId, cancellationToken);
        var wanted = roster.Members.Select(MembershipKeys.Of).ToHashSet(StringComparer.Ordinal);
        foreach (var key in wanted.Where(k => !indexed.Any(e => e.Key == k)))
        {
            await store.UpsertAsync(Entry(key, roster.TenantId), cancellationToken);
        }

        if (await store.TryWriteAsync(ToDocument(roster), cancellationToken) is not { ETag: { } version })
        {
            return null;
        }

        await UnindexAsync(indexed.Where(e => !wanted.Contains(e.Key)), cancellationToken);
        return roster.Stored(version);
    }

    public async Task DeleteAsync(string tenantId, CancellationToken cancellationToken)
    {
        await store.DeleteAsync<MemberRosterDocument>(tenantId, MemberRosterDocument.DocumentId, cancellationToken);
        await UnindexAsync(await IndexedAsync(tenantId, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<string>> CandidateTenantsAsync(Domain.Members.Identity identity, CancellationToken cancellationToken)
    {
        var query = new PartitionQuery("ARRAY_CONTAINS(@keys, c.key)")
        {
            Parameters = new Dictionary<string, object> { ["@keys"] = MembershipKeys.Of(identity).ToArray() },
        };
        var entries = await store.QueryAsync<MembershipDocument>(DocumentTypes.DirectoryPartition, DocumentTypes.Membership, query, cancellationToken);
        return [.. entries.Select(e => e.TargetTenantId).Distinct(StringComparer.Ordinal)];
    }

    private Task<IReadOnlyList<MembershipDocument>> IndexedAsync(string tenantId, CancellationToken cancellationToken) =>
        store.QueryAsync<MembershipDocument>(DocumentTypes.DirectoryPartition, DocumentTypes.Membership, new PartitionQuery("c.targetTenantId = @tenantId")
        {
            Parameters = new Dictionary<string, object> { ["@tenantId"] = tenantId },
        }, cancellationToken);

    private async Task UnindexAsync(IEnumerable<MembershipDocument> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            await store.DeleteAsync<MembershipDocument>(DocumentTypes.DirectoryPartition, entry.Id, cancellationToken);
        }
    }

    private static MembershipDocument Entry(string key, string tenantId) => new()
    {
        Id = $"{key}.{tenantId}",
        TenantId = DocumentTypes.DirectoryPartition,
        Key = key,
        TargetTenantId = tenantId,
    };

    private static MemberRoster ToDomain(MemberRosterDocument document) => new(
        document.TenantId,
        document.Members.Select(m => new Member(m.Id, m.Email, m.Role, m.StaffId, m.Issuer, m.Subject, m.InvitedAt, m.JoinedAt, m.Name)),
        document.ETag);

    private static MemberRosterDocument ToDocument(MemberRoster roster) => new()
    {
        Id = MemberRosterDocument.DocumentId,
        TenantId = roster.TenantId,
        Members = [.. roster.Members.Select(m => new MemberDocument(m.Id, m.Email, m.Role, m.StaffId, m.Issuer, m.Subject, m.InvitedAt, m.JoinedAt, m.Name))],
        ETag = roster.Version,
    };
}
