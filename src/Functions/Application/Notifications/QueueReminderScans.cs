using System.Text.Json;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Messaging;
using AppointmentBooking.Functions.Infrastructure.Json;
using AppointmentBooking.Functions.Queues;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>A reminder timer run: one reminders message per active tenant, so each tenant is scanned on its own, in parallel, with its own retries.</summary>
public sealed class QueueReminderScans(ITenantDirectory directory, IMessagePublisher publisher, IClock clock)
{
    /// <summary>Returns how many tenants were queued.</summary>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var tenants = await directory.ListActiveTenantIdsAsync(cancellationToken);
        await publisher.PublishAllAsync(tenants.Select(tenantId => new PendingMessage(
            $"reminders/{tenantId}/{now.ToUnixTimeTicks()}", QueueNames.Reminders,
            JsonSerializer.Serialize(new ReminderScanRequested(tenantId, now), AppJson.Options), now)), cancellationToken);
        return tenants.Count;
    }
}
