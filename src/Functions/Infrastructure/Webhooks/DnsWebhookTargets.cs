using System.Net;
using System.Net.Sockets;
using AppointmentBooking.Domain.Webhooks;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Infrastructure.Webhooks;

/// <summary>
/// Checks a webhook URL before it is stored: https, and every address its host resolves to public
/// (TargetAddresses). The sender checks the address it actually connects to again, because DNS may
/// answer differently later (rebinding). Local development may allow http and private addresses.
/// </summary>
internal sealed class DnsWebhookTargets(IOptions<WebhookTargetOptions> options) : IWebhookTargets
{
    public async Task<string?> WhyRefusedAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (options.Value.AllowPrivateTargets)
        {
            return null;
        }

        if (url.Scheme != Uri.UriSchemeHttps)
        {
            return "must be an https URL.";
        }

        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(url.IdnHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(url.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            return $"its host '{url.Host}' does not resolve.";
        }

        return addresses.Length == 0 ? $"its host '{url.Host}' does not resolve."
            : Array.Find(addresses, a => !TargetAddresses.IsPublic(a)) is { } refused
                ? $"its host '{url.Host}' resolves to {refused}, which is not a public address; webhooks reach only the public internet."
                : null;
    }
}
