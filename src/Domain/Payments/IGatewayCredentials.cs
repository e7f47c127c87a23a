namespace AppointmentBooking.Domain.Payments;

/// <summary>
/// Opens a tenant's own credentials for one gateway (a merchant key, an API secret), for the adapter
/// that calls that gateway on the tenant's behalf. Nothing else asks for them; nobody shows or logs them.
/// </summary>
public interface IGatewayCredentials
{
    /// <summary>
    /// The credentials <paramref name="tenantId"/> keeps for <paramref name="gateway"/>, opened: empty
    /// when the tenant chose another gateway or set none; null when no such tenant exists.
    /// </summary>
    Task<GatewaySecrets?> OpenAsync(string tenantId, PaymentGatewayKind gateway, CancellationToken cancellationToken);
}
