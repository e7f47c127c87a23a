using NodaTime;

namespace AppointmentBooking.Domain.Notifications;

/// <summary>Customers who asked a tenant to stop sending them reminders; other booking messages still reach them.</summary>
public interface IReminderOptOuts
{
    /// <summary>Whether the customer opted out of the tenant's reminders.</summary>
    Task<bool> IsOptedOutAsync(string tenantId, string customerId, CancellationToken cancellationToken);

    /// <summary>Records the opt-out; recording it again changes nothing.</summary>
    Task RecordAsync(string tenantId, string customerId, Instant at, CancellationToken cancellationToken);
}
