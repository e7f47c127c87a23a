namespace AppointmentBooking.Domain.Members;

/// <summary>What a member may do in a tenant; each role may do everything the ones before it may.</summary>
public enum Role
{
    /// <summary>Sees their own schedule and bookings and marks them completed or no-show.</summary>
    Staff,

    /// <summary>Manages the catalog, staff, schedules and bookings.</summary>
    Manager,

    /// <summary>Manages members and the tenant's settings, and reads the audit trail.</summary>
    Owner,
}
