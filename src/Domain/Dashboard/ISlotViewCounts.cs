using NodaTime;

namespace AppointmentBooking.Domain.Dashboard;

/// <summary>Keeps how often a tenant's free slots were looked at, per local date, for the dashboard's funnel.</summary>
public interface ISlotViewCounts
{
    /// <summary>Adds <paramref name="views"/> to the tenant's count of <paramref name="day"/>, kept for <paramref name="keepFor"/>.</summary>
    Task AddAsync(string tenantId, LocalDate day, long views, Duration keepFor, CancellationToken cancellationToken);
}
