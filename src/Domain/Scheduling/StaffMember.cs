using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>A person who performs services. Their hours live in a <see cref="StaffSchedule"/>.</summary>
public sealed record StaffMember
{
    /// <summary>Creates a staff member.</summary>
    public StaffMember(string id, string displayName, bool isActive = true)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        DisplayName = Preconditions.CheckNotBlank(displayName, nameof(displayName));
        IsActive = isActive;
    }

    /// <summary>The staff id, unique within the tenant.</summary>
    public string Id { get; }

    /// <summary>The name shown to customers.</summary>
    public string DisplayName { get; }

    /// <summary>Inactive staff are not offered; their schedules are not passed to slot search.</summary>
    public bool IsActive { get; }
}
