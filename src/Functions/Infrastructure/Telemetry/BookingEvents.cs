namespace AppointmentBooking.Functions.Infrastructure.Telemetry;

/// <summary>Names of the funnel steps, stable because dashboards and alerts query them.</summary>
public static class BookingEvents
{
    public const string SlotsViewed = "SlotsViewed";
    public const string HoldCreated = "HoldCreated";
    public const string Confirmed = "BookingConfirmed";
    public const string Cancelled = "BookingCancelled";
    public const string Expired = "HoldExpired";
    public const string DepositPaid = "DepositPaid";
    public const string DepositRefunded = "DepositRefunded";
    public const string PaymentAnomaly = "PaymentAnomaly";
    public const string BookingUndone = "BookingUndone";
    public const string WebhookRejected = "WebhookSignatureRejected";
}
