namespace AppointmentBooking.Functions.Application.Payments;

/// <summary>Settings under <c>Payments:</c> shared by every gateway.</summary>
public sealed class PaymentOptions
{
    public const string Section = "Payments";

    /// <summary>The public booking site: customers land on <c>{ReturnBaseUrl}{slug}/bookings/{id}</c> after the gateway's page.</summary>
    public Uri? ReturnBaseUrl { get; set; }

    /// <summary>This app's public address, where gateways post their notifications (<c>api/webhooks/{gateway}</c>).</summary>
    public Uri? WebhookBaseUrl { get; set; }
}
