namespace AppointmentBooking.Domain.Webhooks;

/// <summary>
/// Decides whether the app may post to a URL: every address its host resolves to must be public
/// (see <see cref="TargetAddresses"/>), unless local development allows private ones.
/// </summary>
public interface IWebhookTargets
{
    /// <summary>Null when the URL may be posted to; otherwise why not, in words for the owner.</summary>
    Task<string?> WhyRefusedAsync(Uri url, CancellationToken cancellationToken);
}
