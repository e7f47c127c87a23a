namespace AppointmentBooking.Functions.Infrastructure.PayFast;

/// <summary>
/// Settings under <c>Payments:PayFast:</c>, the platform's side of PayFast; each tenant's merchant id,
/// key and passphrase are its own credentials. Defaults are PayFast's sandbox; Azure names the live hosts.
/// </summary>
public sealed class PayFastOptions
{
    public const string Section = "Payments:PayFast";

    /// <summary>The site customers pay on and ITNs are validated against: <c>https://www.payfast.co.za/</c> live, the sandbox by default.</summary>
    public Uri SiteBase { get; set; } = new("https://sandbox.payfast.co.za/");

    /// <summary>The REST API (refunds): <c>https://api.payfast.co.za/</c> for both.</summary>
    public Uri ApiBase { get; set; } = new("https://api.payfast.co.za/");

    /// <summary>Sends <c>testing=true</c> with API calls, as PayFast's sandbox wants.</summary>
    public bool ApiTestMode { get; set; } = true;

    /// <summary>Refuses ITNs that do not come from <see cref="SourceHosts"/>; off for local use, where the simulator posts them.</summary>
    public bool CheckSourceAddress { get; set; } = true;

    /// <summary>PayFast's published ITN source hosts, comma-separated; their addresses are resolved and cached.</summary>
    public string SourceHosts { get; set; } = "www.payfast.co.za,sandbox.payfast.co.za,w1w.payfast.co.za,w2w.payfast.co.za";
}
