using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Domain.Tenants;
using P = AppointmentBooking.Domain.Notifications.TemplatePlaceholders;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>
/// Composes a notice about a staff member rather than a booking (their calendar stopped working) for the
/// tenant's owner (<see cref="IRecipientDirectory.OwnerAsync"/>), in the tenant's template.
/// </summary>
public sealed class StaffNoticeComposer(ITenantCatalog catalog, INotificationSettingsStore settings, IRecipientDirectory recipients)
{
    public async Task<NotificationComposition> ComposeAsync(NotificationRequested request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.StaffId is not { } staffId || await catalog.FindByIdAsync(request.TenantId, cancellationToken) is not { } tenant)
        {
            return new NotificationComposition.Skip("The notice names no staff member, or its tenant no longer exists.");
        }

        var tenantSettings = await settings.FindAsync(request.TenantId, cancellationToken) ?? NotificationSettings.Default(request.TenantId);
        if (tenantSettings.TemplateFor(request.Kind, request.Recipient) is not { } template)
        {
            return new NotificationComposition.Skip($"The {request.Recipient} is never told of {request.Kind}.");
        }

        if (await recipients.OwnerAsync(request.TenantId, cancellationToken) is not { } to)
        {
            return new NotificationComposition.Skip("No e-mail address of an owner is on file.");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [P.RecipientName] = to.Name,
            [P.StaffName] = await recipients.StaffNameAsync(request.TenantId, staffId, cancellationToken) ?? "a former staff member",
            [P.BusinessName] = tenant.Tenant.Name,
        };
        return new NotificationComposition.Ready(new NotificationMessage(request.DedupeKey, to, tenant.Tenant.Name, template.Render(values), Invite: null));
    }
}
