using NodaTime;

namespace AppointmentBooking.Functions.Application.Events;

/// <summary>Settings under <c>Analytics:</c>.</summary>
public sealed class AnalyticsOptions
{
    public const string Section = "Analytics";

    /// <summary>Days events and slot-view counts are kept (Cosmos DB TTL); the dashboard's funnel reaches back this far.</summary>
    public int RetentionDays { get; set; } = 400;

    /// <summary>How often each instance writes the slot views it counted.</summary>
    public int FlushSeconds { get; set; } = 10;

    public Duration Retention => Duration.FromDays(RetentionDays);
}
