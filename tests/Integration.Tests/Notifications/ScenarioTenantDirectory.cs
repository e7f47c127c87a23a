using AppointmentBooking.Domain.Tenants;

namespace AppointmentBooking.Integration.Tests.Notifications;

/// <summary>
/// The app's tenant directory seen through one test's tenant: a timer run in a test then queues scans for
/// that tenant alone. The shared app holds every earlier test's tenants, and scanning all of them (at a
/// clock moved a day ahead) took minutes and sent their customers reminders no test looked at.
/// </summary>
internal sealed class ScenarioTenantDirectory(ITenantDirectory directory, string tenantId) : ITenantDirectory
{
    public async Task<IReadOnlyList<string>> ListActiveTenantIdsAsync(CancellationToken cancellationToken) =>
        [.. (await directory.ListActiveTenantIdsAsync(cancellationToken)).Where(id => id == tenantId)];
}
