using System.Diagnostics;
using AppointmentBooking.LocalHost.Emulators;

namespace AppointmentBooking.Integration.Tests.Infrastructure;

public sealed class EmulatorLifecycleTests
{
    [Fact]
    public async Task Disposing_started_emulators_stops_exactly_their_processes_and_frees_their_ports()
    {
        var ports = EmulatorPorts.Free();
        var emulators = await RunningEmulators.StartAsync(ports, CancellationToken.None);
        var ids = emulators.ProcessIds.ToList();
        Assert.True(await RunningEmulators.AreListeningAsync(ports));

        await emulators.DisposeAsync();

        Assert.All(ids, id => Assert.False(IsRunning(id)));
        Assert.False(await RunningEmulators.IsListeningAsync(ports.Cosmos));
        Assert.False(await RunningEmulators.IsListeningAsync(ports.Queue));
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
