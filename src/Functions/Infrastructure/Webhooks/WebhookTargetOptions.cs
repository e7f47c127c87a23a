namespace AppointmentBooking.Functions.Infrastructure.Webhooks;

/// <summary>Settings under <c>Webhooks:</c> for where and how deliveries are posted.</summary>
public sealed class WebhookTargetOptions
{
    public const string Section = "Webhooks";

    /// <summary>Local development only: allow http and private or loopback addresses (a receiver on this machine). Never in Azure.</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>How long one post may take before it counts as failed.</summary>
    public int TimeoutSeconds { get; set; } = 10;
}
