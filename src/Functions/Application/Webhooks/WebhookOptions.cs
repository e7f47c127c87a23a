using AppointmentBooking.Domain.Webhooks;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Webhooks;

/// <summary>Settings under <c>Webhooks:</c> for deliveries (the target rules are the sender's, see WebhookTargetOptions).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>The wait after a delivery's first failure; each further wait is twice as long.</summary>
    public double FirstRetrySeconds { get; set; } = 30;

    /// <summary>How long after its first try a failing delivery is retried; then the endpoint is disabled.</summary>
    public double RetryForHours { get; set; } = 24;

    /// <summary>Days a delivery and its tries stay listable after its last try.</summary>
    public int DeliveryRetentionDays { get; set; } = 30;

    public RetrySchedule Schedule => new(Duration.FromSeconds(FirstRetrySeconds), Duration.FromHours(RetryForHours));

    public Duration DeliveryRetention => Duration.FromDays(DeliveryRetentionDays);
}
