using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Audit;

/// <summary>Keeps a tenant's audit entries and lists them newest first.</summary>
public interface IAuditTrail
{
    /// <summary>Stores the entry.</summary>
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> entries, newest first, after <paramref name="after"/> when given.</summary>
    Task<Page<AuditEntry>> ListAsync(string tenantId, PageCursor? after, int limit, CancellationToken cancellationToken);
}
