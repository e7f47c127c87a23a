namespace AppointmentBooking.Functions.Http.RateLimiting;

/// <summary>Settings under <c>RateLimits:</c> for the anonymous public endpoints.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests one client may make to one tenant per minute, in bursts of up to the same number.</summary>
    public int PermitsPerMinute { get; set; } = 120;
}
