namespace AppointmentBooking.Functions.Http.Cors;

/// <summary>Settings under <c>Cors:</c>: the platform's own frontends, allowed for every tenant.</summary>
public sealed class CorsOptions
{
    public const string Section = "Cors";

    /// <summary>
    /// Origins of the platform's frontends (the dashboard, the shared booking site), separated by
    /// spaces or commas. Each tenant adds its own in its settings (<c>allowedOrigins</c>).
    /// </summary>
    public string AllowedOrigins { get; set; } = string.Empty;
}
