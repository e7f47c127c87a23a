using System.Net;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.PayFast;

/// <summary>
/// Whether an ITN came from PayFast: its sender's address must be one of the addresses PayFast's
/// published hosts resolve to (www, sandbox, w1w and w2w.payfast.co.za, as PayFast's PHP SDK and its
/// WooCommerce gateway list them; https://www.payfast.co.za/integration/submit-solution-form asks to
/// "verify that the source IP belongs to PayFast"). Resolved at most every five minutes; a host that does
/// not resolve is skipped, and if none does the check throws, so PayFast retries the ITN later rather
/// than the app refusing a genuine one. The sender's address is the one the front end appended to
/// X-Forwarded-For (see ClientAddress), never one the sender wrote itself.
/// </summary>
internal sealed class PayFastSourceAddresses(IOptions<PayFastOptions> options, HostAddressLookup lookup, IClock clock)
{
    private static readonly Duration KeptFor = Duration.FromMinutes(5);
    private (Instant Until, HashSet<IPAddress> Addresses)? resolved;

    public async Task<bool> IsPayFastAsync(string? remoteAddress, CancellationToken cancellationToken)
    {
        if (!IPAddress.TryParse(remoteAddress, out var sender))
        {
            return false;
        }

        var addresses = await AddressesAsync(cancellationToken);
        return addresses.Contains(sender.IsIPv4MappedToIPv6 ? sender.MapToIPv4() : sender);
    }

    private async Task<HashSet<IPAddress>> AddressesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        if (resolved is { } cached && cached.Until > now)
        {
            return cached.Addresses;
        }

        var hosts = options.Value.SourceHosts.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var answers = await Task.WhenAll(hosts.Select(host => ResolveAsync(host, cancellationToken)));
        var addresses = answers.SelectMany(a => a).Select(a => a.IsIPv4MappedToIPv6 ? a.MapToIPv4() : a).ToHashSet();
        if (addresses.Count == 0)
        {
            throw new InvalidOperationException($"None of PayFast's source hosts ({options.Value.SourceHosts}) resolved.");
        }

        resolved = (now + KeptFor, addresses);
        return addresses;
    }

    private async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        try
        {
            return await lookup(host, cancellationToken);
        }
        catch (System.Net.Sockets.SocketException)
        {
            return [];
        }
    }
}
