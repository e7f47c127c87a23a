using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>A staff member as slot search sees them: their schedule and their occupancy.</summary>
public sealed record StaffCandidate
{
    /// <summary>Pairs a schedule with the staff member's occupancy.</summary>
    public StaffCandidate(StaffSchedule schedule, StaffOccupancy occupancy)
    {
        Schedule = Preconditions.CheckNotNull(schedule, nameof(schedule));
        Occupancy = Preconditions.CheckNotNull(occupancy, nameof(occupancy));
    }

    /// <summary>The staff member's id.</summary>
    public string StaffId => Schedule.StaffId;

    /// <summary>When the staff member works.</summary>
    public StaffSchedule Schedule { get; }

    /// <summary>What already occupies the staff member.</summary>
    public StaffOccupancy Occupancy { get; }
}
