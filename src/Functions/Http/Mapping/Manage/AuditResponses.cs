using AppointmentBooking.Domain.Audit;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Audit entries in their API shape.</summary>
public static class AuditResponses
{
    public static AuditPageResponse Page(Page<AuditEntry> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new AuditPageResponse([.. page.Items.Select(Of)], Continuation.Of(page.Next));
    }

    private static AuditEntryResponse Of(AuditEntry entry) => new(
        entry.Id,
        InstantPattern.ExtendedIso.Format(entry.At),
        entry.Actor.MemberId,
        entry.Actor.Email,
        entry.Action,
        entry.Resource,
        [.. entry.Changes.Select(c => new FieldChangeResponse(c.Field, c.Before, c.After))]);
}
