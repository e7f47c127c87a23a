using System.Collections.Concurrent;
using AppointmentBooking.Domain.Payments;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Gateways;

/// <summary>Tenants' opened gateway credentials in memory: what the sealed store would open.</summary>
internal sealed class InMemoryCredentials : IGatewayCredentials
{
    private readonly ConcurrentDictionary<string, (PaymentGatewayKind Gateway, Dictionary<string, string> Values)> tenants = new();

    public void Set(string tenantId, PaymentGatewayKind gateway, Dictionary<string, string> values) => tenants[tenantId] = (gateway, values);

    public Task<GatewaySecrets?> OpenAsync(string tenantId, PaymentGatewayKind gateway, CancellationToken cancellationToken) =>
        Task.FromResult(tenants.TryGetValue(tenantId, out var tenant)
            ? tenant.Gateway == gateway ? new GatewaySecrets(tenant.Values) : GatewaySecrets.None
            : null);
}
