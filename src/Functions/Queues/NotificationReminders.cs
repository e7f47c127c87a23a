using System.Text.Json;
using AppointmentBooking.Functions.Application.Notifications;
using AppointmentBooking.Functions.Infrastructure.Json;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Queues;

/// <summary>Scans one tenant's coming bookings for due reminders; a scan that fails is retried by the queue, and a repeated scan sends nothing twice.</summary>
public sealed class NotificationReminders(ScanReminders scan)
{
    [Function(nameof(ScanReminders))]
    public Task ScanReminders([QueueTrigger(QueueNames.Reminders)] string message, CancellationToken cancellationToken) =>
        scan.ExecuteAsync(
            (JsonSerializer.Deserialize<ReminderScanRequested>(message, AppJson.Options) ?? throw new JsonException("A reminders message must be a JSON object.")).TenantId,
            cancellationToken);
}
