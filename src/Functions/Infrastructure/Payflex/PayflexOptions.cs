namespace AppointmentBooking.Functions.Infrastructure.Payflex;

/// <summary>
/// Settings under <c>Payments:Payflex:</c>, the platform's side of Payflex; each tenant's client id and
/// secret are its own credentials. Defaults are Payflex's UAT (sandbox) hosts; Azure names production.
/// </summary>
public sealed class PayflexOptions
{
    public const string Section = "Payments:Payflex";

    /// <summary>The OAuth token endpoint: <c>https://auth.payflex.co.za/auth/merchant</c> in production.</summary>
    public Uri AuthUrl { get; set; } = new("https://auth-uat.payflex.co.za/auth/merchant");

    /// <summary>The token's audience: <c>https://auth-production.payflex.co.za</c> in production.</summary>
    public string Audience { get; set; } = "https://auth-dev.payflex.co.za";

    /// <summary>The merchant API: <c>https://api.payflex.co.za/</c> in production.</summary>
    public Uri ApiBase { get; set; } = new("https://api.uat.payflex.co.za/");
}
