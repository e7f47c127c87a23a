namespace AppointmentBooking.Functions.Application.Dashboard;

/// <summary>Settings under <c>Dashboard:</c>.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>How long a stream token may be used to open a stream: short, because it travels in a URL.</summary>
    public int StreamTokenMinutes { get; set; } = 5;

    /// <summary>How long one stream stays open; the page then opens another with a fresh token, so a member removed meanwhile stops seeing events.</summary>
    public int StreamMinutes { get; set; } = 60;

    /// <summary>How often an idle stream asks the change feed for news.</summary>
    public int PollMilliseconds { get; set; } = 500;

    /// <summary>How often an idle stream sends a comment, so proxies keep the connection.</summary>
    public int HeartbeatSeconds { get; set; } = 15;

    /// <summary>The longest period the figures cover in one request.</summary>
    public int MaxDays { get; set; } = 366;
}
