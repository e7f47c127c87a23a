using AppointmentBooking.Domain.Payments;

namespace AppointmentBooking.Functions.Infrastructure.Gateways;

/// <summary>
/// The tenant side of a regional gateway: whether a tenant set it up (every credential it needs), the
/// tenant's credentials for a call, and — before a notification can be checked with them — the tenant
/// and payment the notification names. Unknown tenants and payments refuse the notification.
/// </summary>
internal sealed class GatewayTenants(IGatewayCredentials credentials, IPaymentRepository payments)
{
    public async Task<bool> IsConfiguredAsync(IPaymentGateway gateway, string tenantId, CancellationToken cancellationToken) =>
        await SecretsAsync(gateway, tenantId, cancellationToken) is not null;

    /// <summary>The tenant's credentials when all the gateway needs are set; null otherwise.</summary>
    public async Task<GatewaySecrets?> SecretsAsync(IPaymentGateway gateway, string tenantId, CancellationToken cancellationToken) =>
        await credentials.OpenAsync(tenantId, gateway.Kind, cancellationToken) is { } secrets && secrets.HasAll(gateway.CredentialNames) ? secrets : null;

    /// <exception cref="InvalidOperationException">The tenant has not set the gateway up (checked before a checkout is opened).</exception>
    public async Task<GatewaySecrets> RequireAsync(IPaymentGateway gateway, string tenantId, CancellationToken cancellationToken) =>
        await SecretsAsync(gateway, tenantId, cancellationToken)
        ?? throw new InvalidOperationException($"Tenant {tenantId} has not set {gateway.Kind} up.");

    /// <summary>The subject of a notification that names the booking (our own reference).</summary>
    public async Task<NotificationSubject> FindAsync(IPaymentGateway gateway, string? tenantId, string? bookingId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(tenantId) || string.IsNullOrEmpty(bookingId))
        {
            return new NotificationSubject.Unknown($"The {gateway.Kind} notification names no tenant and booking of this app.");
        }

        return await SecretsAsync(gateway, tenantId, cancellationToken) is not { } secrets
            ? new NotificationSubject.Unknown($"No tenant here takes {gateway.Kind} payments as '{Shown(tenantId)}'.")
            : await payments.FindAsync(tenantId, bookingId, cancellationToken) is { } payment && payment.Gateway == gateway.Kind
                ? new NotificationSubject.Known(secrets, payment)
                : new NotificationSubject.Unknown($"Tenant {tenantId} has no {gateway.Kind} payment for booking '{Shown(bookingId)}'.");
    }

    /// <summary>
    /// The subject of a notification already verified with <paramref name="secrets"/>, the credentials of
    /// <paramref name="tenantId"/>, that names only the gateway's own checkout id.
    /// </summary>
    public async Task<NotificationSubject> FindByCheckoutAsync(
        IPaymentGateway gateway, string tenantId, GatewaySecrets secrets, string? checkoutReference, CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(checkoutReference)
        && await payments.FindByCheckoutAsync(tenantId, gateway.Kind, checkoutReference, cancellationToken) is { } payment
            ? new NotificationSubject.Known(secrets, payment)
            : new NotificationSubject.Unknown($"Tenant {tenantId} has no {gateway.Kind} checkout '{Shown(checkoutReference ?? string.Empty)}'.");

    /// <summary>Text from an unverified notification, cut short before it reaches a log.</summary>
    private static string Shown(string text) => text.Length <= 64 ? text : text[..64] + "...";
}
