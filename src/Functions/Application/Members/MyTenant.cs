using AppointmentBooking.Domain.Members;
using AppointmentBooking.Domain.Tenants;

namespace AppointmentBooking.Functions.Application.Members;

/// <summary>A tenant the caller belongs to, as which member; <paramref name="Invited"/> while the invitation is not accepted yet.</summary>
public sealed record MyTenant(TenantConfiguration Tenant, Member Member, bool Invited);
