using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Each tenant's roster as one document in its partition; versions are ETags.</summary>
internal sealed class CosmosMemberRosters(CosmosStore store) : IMemberRosters
{
    public async Task<MemberRoster?> FindAsync(string tenantId, CancellationToken cancellationToken) =>
        await store.ReadAsync<MemberRosterDocument>(tenantId, MemberRosterDocument.DocumentId, cancellationToken) is { } document
            ? StoredDocuments.Map(document, ToDomain)
            : null;

    public async Task<MemberRoster?> TryWriteAsync(MemberRoster roster, CancellationToken cancellationToken) =>
        await store.TryWriteAsync(ToDocument(roster), cancellationToken) is { ETag: { } version } ? roster.Stored(version) : null;

    public Task DeleteAsync(string tenantId, CancellationToken cancellationToken) =>
        store.DeleteAsync<MemberRosterDocument>(tenantId, MemberRosterDocument.DocumentId, cancellationToken);

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
