using System.Net;
using System.Net.Sockets;

namespace AppointmentBooking.Domain.Webhooks;

/// <summary>
/// Which IP addresses a webhook may reach: only public ones. Loopback, private, link-local (cloud
/// metadata lives there), shared, reserved, multicast and unspecified addresses are refused, also when
/// written as IPv4-mapped, 6to4 or NAT64 IPv6 addresses, so a tenant cannot aim the app at its own
/// network (server-side request forgery).
/// </summary>
public static class TargetAddresses
{
    private static readonly (IPAddress Network, int Prefix)[] RefusedV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8),
        (IPAddress.Parse("10.0.0.0"), 8),
        (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8),
        (IPAddress.Parse("169.254.0.0"), 16),
        (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24),
        (IPAddress.Parse("192.0.2.0"), 24),
        (IPAddress.Parse("192.88.99.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16),
        (IPAddress.Parse("198.18.0.0"), 15),
        (IPAddress.Parse("198.51.100.0"), 24),
        (IPAddress.Parse("203.0.113.0"), 24),
        (IPAddress.Parse("224.0.0.0"), 4),
        (IPAddress.Parse("240.0.0.0"), 4),
    ];

    private static readonly (IPAddress Network, int Prefix)[] RefusedV6 =
    [
        (IPAddress.Parse("::"), 128),
        (IPAddress.Parse("::1"), 128),
        (IPAddress.Parse("100::"), 64),
        (IPAddress.Parse("2001::"), 23),
        (IPAddress.Parse("2001:db8::"), 32),
        (IPAddress.Parse("fc00::"), 7),
        (IPAddress.Parse("fe80::"), 10),
        (IPAddress.Parse("fec0::"), 10),
        (IPAddress.Parse("ff00::"), 8),
    ];

    private static readonly IPAddress SixToFour = IPAddress.Parse("2002::");
    private static readonly IPAddress Nat64 = IPAddress.Parse("64:ff9b::");

    /// <summary>Whether a webhook may connect to <paramref name="address"/>.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return !Array.Exists(RefusedV4, r => InNetwork(address, r.Network, r.Prefix));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6 || Array.Exists(RefusedV6, r => InNetwork(address, r.Network, r.Prefix)))
        {
            return false;
        }

        // Addresses that carry an IPv4 address inside reach that address: judge it instead.
        var bytes = address.GetAddressBytes();
        if (InNetwork(address, SixToFour, 16))
        {
            return IsPublic(new IPAddress(bytes.AsSpan(2, 4)));
        }

        return InNetwork(address, Nat64, 96) ? IsPublic(new IPAddress(bytes.AsSpan(12, 4))) : !IsV4Compatible(bytes);
    }

    /// <summary>The deprecated ::a.b.c.d form is refused outright (no stack should route it).</summary>
    private static bool IsV4Compatible(byte[] bytes) => bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0;

    private static bool InNetwork(IPAddress address, IPAddress network, int prefix)
    {
        if (address.AddressFamily != network.AddressFamily)
        {
            return false;
        }

        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        var whole = prefix / 8;
        if (!a.AsSpan(0, whole).SequenceEqual(n.AsSpan(0, whole)))
        {
            return false;
        }

        var rest = prefix % 8;
        return rest == 0 || (a[whole] >> (8 - rest)) == (n[whole] >> (8 - rest));
    }
}
