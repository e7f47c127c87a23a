namespace AppointmentBooking.Functions.Infrastructure.Yoco;

/// <summary>Settings under <c>Payments:Yoco:</c>. Yoco has one host for test and live; the tenant's key decides which.</summary>
public sealed class YocoOptions
{
    public const string Section = "Payments:Yoco";

    /// <summary>The Checkout API's address.</summary>
    public Uri ApiBase { get; set; } = new("https://payments.yoco.com/");
}
