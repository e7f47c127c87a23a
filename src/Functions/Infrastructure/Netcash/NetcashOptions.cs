namespace AppointmentBooking.Functions.Infrastructure.Netcash;

/// <summary>
/// Settings under <c>Payments:Netcash:</c>, the platform's side of Netcash Pay Now; each tenant's Pay Now
/// service key is its own credential. Netcash has no separate sandbox host.
/// </summary>
public sealed class NetcashOptions
{
    public const string Section = "Payments:Netcash";

    /// <summary>The Pay Now page the customer's browser posts the checkout form to.</summary>
    public Uri PayNowUrl { get; set; } = new("https://paynow.netcash.co.za/site/paynow.aspx");

    /// <summary>Netcash's web services, where a transaction's status is checked by its request trace.</summary>
    public Uri ServicesBase { get; set; } = new("https://ws.netcash.co.za/");

    /// <summary>The software vendor key Netcash issues to this platform (<c>m2</c>); Netcash cannot be used without it.</summary>
    public string? SoftwareVendorKey { get; set; }
}
