using AppointmentBooking.Domain.Audit;
using AppointmentBooking.Domain.Members;

namespace AppointmentBooking.Functions.Application.Members;

/// <summary>Who is calling a management route: the verified identity and their membership of the route's tenant.</summary>
public sealed record Caller(string TenantId, Identity Identity, Member Member)
{
    /// <summary>The caller as audit entries name them.</summary>
    public AuditActor Actor => new(Member.Id, Identity.Issuer, Identity.Subject, Member.Email);

    /// <summary>Managers act for every staff member; a staff member only for their own staff record.</summary>
    public bool MayActFor(string staffId) => Member.Holds(Role.Manager) || Member.StaffId == staffId;
}
