namespace AppointmentBooking.Domain.Tenants;

/// <summary>The list of tenants, for jobs that visit each one (reminders, the outbox relay).</summary>
public interface ITenantDirectory
{
    /// <summary>The ids of every active tenant.</summary>
    Task<IReadOnlyList<string>> ListActiveTenantIdsAsync(CancellationToken cancellationToken);
}
