namespace AppointmentBooking.Functions.Http.RateLimiting;

/// <summary>Settings under <c>RateLimits:</c> for the anonymous public endpoints.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests one client may make to one tenant per minute, in bursts of up to the same number.</summary>
    public int PermitsPerMinute { get; set; } = 120;

    /// <summary>Requests one client may make to all tenants together per minute, so inventing slugs buys no extra requests.</summary>
    public int ClientPermitsPerMinute { get; set; } = 600;

    /// <summary>Requests one instance accepts from everyone per second: a ceiling that keeps the instance and the database standing.</summary>
    public int GlobalPermitsPerSecond { get; set; } = 1000;
}
