using System.Globalization;
using AppointmentBooking.Domain.Audit;
using AppointmentBooking.Functions.Application.Members;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Audit;

/// <summary>
/// Writes the audit entry of a stored change: who, what, when and the fields that differ. Entry ids
/// begin with the zero-padded time, so the trail lists newest first by id alone.
/// </summary>
public sealed class AuditRecorder(IAuditTrail trail, IClock clock)
{
    public Task RecordAsync(
        Caller caller, string action, string resource, IReadOnlyDictionary<string, string?> before, IReadOnlyDictionary<string, string?> after,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var now = clock.GetCurrentInstant();
        var id = string.Create(CultureInfo.InvariantCulture, $"aud-{now.ToUnixTimeTicks():D19}-{Guid.NewGuid():N}")[..36];
        return trail.AppendAsync(new AuditEntry(id, caller.TenantId, now, caller.Actor, action, resource, FieldChange.Between(before, after)),
            cancellationToken);
    }

    /// <summary>What a created or deleted resource is described as on its missing side.</summary>
    public static IReadOnlyDictionary<string, string?> Nothing { get; } = new Dictionary<string, string?>();
}
