using System.Net;
using System.Net.Sockets;

namespace AppointmentBooking.LocalHost.Emulators;

/// <summary>The loopback ports of one set of emulators: Azurite's three, the Cosmos server's, and the mail server's SMTP and web UI.</summary>
public sealed record EmulatorPorts(int Blob, int Queue, int Table, int Cosmos, int Smtp, int MailWeb)
{
    /// <summary>
    /// Ports the OS says are free now, so parallel test runs never collide; all six listen at once
    /// while they are chosen, so no two of them are the same port.
    /// </summary>
    public static EmulatorPorts Free()
    {
        var listeners = Enumerable.Range(0, 6).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToList();
            return new(ports[0], ports[1], ports[2], ports[3], ports[4], ports[5]);
        }
        finally
        {
            listeners.ForEach(l => l.Dispose());
        }
    }

    /// <summary>Every port, for checks that all of them listen.</summary>
    public IEnumerable<int> All => [Blob, Queue, Table, Cosmos, Smtp, MailWeb];
}
