using AppointmentBooking.Domain.Tenants;

namespace AppointmentBooking.Functions.Application.Tenants;

/// <summary>New settings for a tenant, checked field by field; a null <see cref="Gateway"/> keeps the gateway and its credentials as they are.</summary>
public sealed record TenantSettingsChange(string Name, BookingPolicy Policy, IReadOnlyList<string> AllowedOrigins, GatewayChange? Gateway);
