using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Members;

namespace AppointmentBooking.Functions.Http.Auth;

/// <summary>An authorised management request: who calls, and the tenant of the route as customers see it.</summary>
public sealed record ManagedRequest(Caller Caller, TenantConfiguration Tenant);
