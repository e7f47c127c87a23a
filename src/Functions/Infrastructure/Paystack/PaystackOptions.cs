namespace AppointmentBooking.Functions.Infrastructure.Paystack;

/// <summary>Settings under <c>Payments:Paystack:</c>. Paystack has one host for test and live; the tenant's key decides which.</summary>
public sealed class PaystackOptions
{
    public const string Section = "Payments:Paystack";

    /// <summary>Paystack's API address.</summary>
    public Uri ApiBase { get; set; } = new("https://api.paystack.co/");
}
