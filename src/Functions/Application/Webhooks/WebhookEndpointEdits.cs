using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Webhooks;
using AppointmentBooking.Functions.Application.Management;
using AppointmentBooking.Functions.Application.Members;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Webhooks;

/// <summary>
/// Registers, edits and removes a tenant's webhook endpoints, under the management API's versions and
/// audit. A URL is checked before anything is stored: its host must resolve to public addresses only
/// (the sender checks again at every connection). A new endpoint gets a new secret, stored sealed.
/// </summary>
public sealed class WebhookEndpointEdits(CatalogEditor<WebhookEndpoint> editor, IWebhookTargets targets, WebhookSecrets secrets, IClock clock)
{
    public static CatalogKind<WebhookEndpoint> Kind { get; } = new("webhook", "webhooks", e => e.Id, WebhookEndpointDescription.Of);

    public async Task<ChangeOutcome<WebhookEndpoint>> CreateAsync(
        Caller caller, string endpointId, Uri url, IReadOnlyCollection<BookingEventKind> kinds, string? description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await targets.WhyRefusedAsync(url, cancellationToken) is { } refused)
        {
            return new ChangeOutcome<WebhookEndpoint>.Invalid("url", refused);
        }

        var secret = secrets.Create(caller.TenantId, endpointId);
        var endpoint = new WebhookEndpoint(endpointId, url, kinds, secret.Sealed, clock.GetCurrentInstant(), description);
        return await editor.CreateAsync(caller, endpoint, cancellationToken);
    }

    /// <summary>Changes URL, events and description; <paramref name="enabled"/> true enables an endpoint that was disabled.</summary>
    public async Task<ChangeOutcome<WebhookEndpoint>> ReplaceAsync(
        Caller caller, string endpointId, EndpointEdit edit, string expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(edit);
        if (await targets.WhyRefusedAsync(edit.Url, cancellationToken) is { } refused)
        {
            return new ChangeOutcome<WebhookEndpoint>.Invalid("url", refused);
        }

        return await editor.ReplaceAsync(caller, endpointId, expectedVersion,
            stored => stored.Edited(edit.Url, edit.Kinds, edit.Description, edit.Enabled, clock.GetCurrentInstant()), cancellationToken);
    }

    public Task<ChangeOutcome<WebhookEndpoint>> DeleteAsync(Caller caller, string endpointId, string expectedVersion, CancellationToken cancellationToken) =>
        editor.DeleteAsync(caller, endpointId, expectedVersion, cancellationToken);
}
