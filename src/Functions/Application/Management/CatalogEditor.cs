using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Application.Audit;
using AppointmentBooking.Functions.Application.Members;

namespace AppointmentBooking.Functions.Application.Management;

/// <summary>
/// Creates, replaces and deletes one kind of catalog resource (services, staff) the way every such
/// edit must go: replace and delete only at the version the caller read, then a new catalog stamp
/// and an audit entry. A kind's own rules run as <c>check</c>, after the version matched and before
/// anything is written. A create whose id exists answers the existing resource: with an
/// Idempotency-Key the id derives from it, so that is a retry finding what its first try made.
/// </summary>
public sealed class CatalogEditor<T>(ITenantResources<T> store, CatalogChanges changes, CatalogKind<T> kind)
    where T : class
{
    public delegate Task<ChangeOutcome<T>?> Check(Versioned<T> stored);

    public async Task<ChangeOutcome<T>> CreateAsync(Caller caller, T value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await store.TryCreateAsync(caller.TenantId, value, cancellationToken) is not { } created)
        {
            return await store.FindAsync(caller.TenantId, kind.Id(value), cancellationToken) is { } existing
                ? new ChangeOutcome<T>.Done(existing, Created: true)
                : new ChangeOutcome<T>.Stale();
        }

        await changes.RecordAsync(caller, $"{kind.Name}.create", Resource(value), AuditRecorder.Nothing, kind.Describe(value), cancellationToken);
        return new ChangeOutcome<T>.Done(created, Created: true);
    }

    public Task<ChangeOutcome<T>> ReplaceAsync(
        Caller caller, T replacement, string expectedVersion, CancellationToken cancellationToken, Check? check = null) =>
        ReplaceAsync(caller, kind.Id(replacement), expectedVersion, _ => replacement, cancellationToken, check);

    /// <summary>Replaces the resource with what <paramref name="edit"/> makes of the stored one, for kinds whose edits keep stored state.</summary>
    public Task<ChangeOutcome<T>> ReplaceAsync(
        Caller caller, string id, string expectedVersion, Func<T, T> edit, CancellationToken cancellationToken, Check? check = null)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return EditAsync(caller, id, expectedVersion, async stored =>
            await (check ?? NoCheck)(stored) ?? await WriteAsync(caller, stored, edit(stored.Value), $"{kind.Name}.replace", cancellationToken),
            cancellationToken);
    }

    public Task<ChangeOutcome<T>> DeleteAsync(
        Caller caller, string id, string expectedVersion, CancellationToken cancellationToken, Check? check = null) =>
        EditAsync(caller, id, expectedVersion, async stored =>
        {
            if (await (check ?? NoCheck)(stored) is { } refused)
            {
                return refused;
            }

            if (!await store.TryDeleteAsync(caller.TenantId, id, stored.Version, cancellationToken))
            {
                return new ChangeOutcome<T>.Stale();
            }

            await changes.RecordAsync(caller, $"{kind.Name}.delete", Resource(stored.Value), kind.Describe(stored.Value), AuditRecorder.Nothing,
                cancellationToken);
            return new ChangeOutcome<T>.Deleted();
        }, cancellationToken);

    /// <summary>Runs <paramref name="edit"/> on the stored resource when it exists at <paramref name="expectedVersion"/> (see <see cref="VersionedEdit"/>).</summary>
    public async Task<ChangeOutcome<T>> EditAsync(
        Caller caller, string id, string expectedVersion, Func<Versioned<T>, Task<ChangeOutcome<T>>> edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var current = await store.FindAsync(caller.TenantId, id, cancellationToken);
        return await VersionedEdit.ApplyAsync(current, expectedVersion, Missing(id), edit);
    }

    /// <summary>Writes <paramref name="replacement"/> under the stored version and records it as <paramref name="action"/>; stale when another writer won.</summary>
    public async Task<ChangeOutcome<T>> WriteAsync(Caller caller, Versioned<T> stored, T replacement, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(stored);
        if (await store.TryUpdateAsync(caller.TenantId, replacement, stored.Version, cancellationToken) is not { } written)
        {
            return new ChangeOutcome<T>.Stale();
        }

        await changes.RecordAsync(caller, action, Resource(replacement), kind.Describe(stored.Value), kind.Describe(replacement), cancellationToken);
        return new ChangeOutcome<T>.Done(written);
    }

    /// <summary>The resource, or null.</summary>
    public Task<Versioned<T>?> FindAsync(string tenantId, string id, CancellationToken cancellationToken) => store.FindAsync(tenantId, id, cancellationToken);

    public string Missing(string id) => $"No {kind.Name} '{id}'.";

    private string Resource(T value) => $"{kind.Collection}/{kind.Id(value)}";

    private static Task<ChangeOutcome<T>?> NoCheck(Versioned<T> stored) => Task.FromResult<ChangeOutcome<T>?>(null);
}
