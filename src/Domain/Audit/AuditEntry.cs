using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Audit;

/// <summary>One change to a tenant's data: who, what, when, and the changed fields before and after. Never holds a secret.</summary>
public sealed record AuditEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="id">Unique in the tenant.</param>
    /// <param name="tenantId">The tenant whose data changed.</param>
    /// <param name="at">When the change was stored.</param>
    /// <param name="actor">Who made it.</param>
    /// <param name="action">What was done, for example <c>service.replace</c>.</param>
    /// <param name="resource">What it was done to, for example <c>services/svc-cut</c>.</param>
    /// <param name="changes">The fields that changed.</param>
    public AuditEntry(string id, string tenantId, Instant at, AuditActor actor, string action, string resource, IReadOnlyList<FieldChange> changes)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        TenantId = Preconditions.CheckNotBlank(tenantId, nameof(tenantId));
        At = at;
        Actor = Preconditions.CheckNotNull(actor, nameof(actor));
        Action = Preconditions.CheckNotBlank(action, nameof(action));
        Resource = Preconditions.CheckNotBlank(resource, nameof(resource));
        Changes = Preconditions.CheckNotNull(changes, nameof(changes));
    }

    /// <summary>Unique in the tenant.</summary>
    public string Id { get; }

    /// <summary>The tenant whose data changed.</summary>
    public string TenantId { get; }

    /// <summary>When the change was stored.</summary>
    public Instant At { get; }

    /// <summary>Who made it.</summary>
    public AuditActor Actor { get; }

    /// <summary>What was done.</summary>
    public string Action { get; }

    /// <summary>What it was done to.</summary>
    public string Resource { get; }

    /// <summary>The fields that changed.</summary>
    public IReadOnlyList<FieldChange> Changes { get; }
}
