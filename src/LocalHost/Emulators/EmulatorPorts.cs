using System.Net;
using System.Net.Sockets;

namespace AppointmentBooking.LocalHost.Emulators;

/// <summary>The loopback ports of one set of emulators.</summary>
public sealed record EmulatorPorts(int Blob, int Queue, int Table, int Cosmos)
{
    /// <summary>Four ports the OS says are free now, so parallel test runs never collide.</summary>
    public static EmulatorPorts Free() => new(FreePort(), FreePort(), FreePort(), FreePort());

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
