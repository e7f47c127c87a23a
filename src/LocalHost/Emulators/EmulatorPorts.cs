using System.Net;
using System.Net.Sockets;

namespace AppointmentBooking.LocalHost.Emulators;

/// <summary>The loopback ports of one set of emulators: Azurite's three, the Cosmos server's, and the mail server's SMTP and web UI.</summary>
public sealed record EmulatorPorts(int Blob, int Queue, int Table, int Cosmos, int Smtp, int MailWeb)
{
    /// <summary>Ports the OS says are free now, so parallel test runs never collide.</summary>
    public static EmulatorPorts Free() => new(FreePort(), FreePort(), FreePort(), FreePort(), FreePort(), FreePort());

    /// <summary>Every port, for checks that all of them listen.</summary>
    public IEnumerable<int> All => [Blob, Queue, Table, Cosmos, Smtp, MailWeb];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
