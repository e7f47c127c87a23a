using System.Buffers.Text;
using System.Security.Cryptography;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Domain.Webhooks;
using AppointmentBooking.Functions.Application.Tenants;

namespace AppointmentBooking.Functions.Application.Webhooks;

/// <summary>
/// Endpoint signing secrets: 32 random bytes, shown to the owner when the endpoint is made and stored
/// only sealed (AES-GCM, bound to the tenant and the endpoint), opened only to sign a delivery.
/// </summary>
public sealed class WebhookSecrets(CredentialSealer sealer)
{
    private const string Prefix = "whsec_";

    /// <summary>A new secret, in the clear (to show once) and sealed (to store).</summary>
    public (string Plain, SealedSecret Sealed) Create(string tenantId, string endpointId)
    {
        var plain = Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (plain, sealer.Seal(tenantId, Name(endpointId), plain));
    }

    /// <summary>The endpoint's secret in the clear.</summary>
    public string Open(string tenantId, WebhookEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return sealer.Open(tenantId, Name(endpoint.Id), endpoint.Secret);
    }

    private static string Name(string endpointId) => $"webhook:{endpointId}";
}
