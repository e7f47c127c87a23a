using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Scheduling;

namespace AppointmentBooking.Domain.Staff;

/// <summary>One absence of a staff member as the dashboard shows it: its id, the period and an optional reason.</summary>
public sealed record TimeOffEntry
{
    private const int MaxReasonLength = 500;

    /// <summary>Creates an entry; the reason is at most 500 characters.</summary>
    public TimeOffEntry(string id, TimeOff period, string? reason = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Period = Preconditions.CheckNotNull(period, nameof(period));
        Preconditions.CheckArgument(reason is null || reason.Length <= MaxReasonLength, nameof(reason), $"must be at most {MaxReasonLength} characters.");
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason;
    }

    /// <summary>The entry's id, unique for the staff member.</summary>
    public string Id { get; }

    /// <summary>When the staff member is away.</summary>
    public TimeOff Period { get; }

    /// <summary>Why, if said.</summary>
    public string? Reason { get; }
}
