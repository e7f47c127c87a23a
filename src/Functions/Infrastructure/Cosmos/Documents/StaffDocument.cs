namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>A staff member and their schedule, all in the tenant's local time.</summary>
public sealed record StaffDocument : CosmosDocument
{
    public override string Type => DocumentTypes.Staff;

    public required string DisplayName { get; init; }

    public IReadOnlyList<WeeklyWindowDocument> WeeklyHours { get; init; } = [];

    public IReadOnlyList<WeeklyWindowDocument> Breaks { get; init; } = [];

    public IReadOnlyList<TimeOffDocument> TimeOff { get; init; } = [];

    public IReadOnlyList<DateOverrideDocument> Overrides { get; init; } = [];

    public bool Active { get; init; } = true;

    /// <summary>Where booking e-mails for this staff member go; none means they are not told by e-mail.</summary>
    public string? Email { get; init; }
}
