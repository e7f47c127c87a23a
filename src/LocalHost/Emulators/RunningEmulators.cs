using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AppointmentBooking.LocalHost.Emulators;

/// <summary>
/// Azurite, the Cosmos server and the mail server (maildev) started by this process. Disposing stops exactly these processes,
/// by the ids they were started with; each also stops by itself if this process dies.
/// </summary>
public sealed class RunningEmulators : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly IReadOnlyList<Process> processes;

    private RunningEmulators(EmulatorEndpoints endpoints, IReadOnlyList<Process> processes)
    {
        Endpoints = endpoints;
        this.processes = processes;
    }

    public EmulatorEndpoints Endpoints { get; }

    public IEnumerable<int> ProcessIds => processes.Select(p => p.Id);

    public static async Task<RunningEmulators> StartAsync(EmulatorPorts ports, CancellationToken cancellationToken)
    {
        var package = NpmPackage.Locate(NpmPackage.Emulators);
        await package.EnsureInstalledAsync(cancellationToken);
        var started = new List<Process>
        {
            Supervise(package, "azurite",
                $"--silent --inMemoryPersistence --skipApiVersionCheck --loose --disableTelemetry " +
                $"--blobHost 127.0.0.1 --blobPort {ports.Blob} --queueHost 127.0.0.1 --queuePort {ports.Queue} " +
                $"--tableHost 127.0.0.1 --tablePort {ports.Table}"),
            Supervise(package, "cosmos", $"--host 127.0.0.1 --port {ports.Cosmos}"),
            Supervise(package, "maildev", $"--ip 127.0.0.1 --smtp {ports.Smtp} --web-ip 127.0.0.1 --web {ports.MailWeb} --silent"),
        };
        var emulators = new RunningEmulators(new EmulatorEndpoints(ports), started);
        try
        {
            await Task.WhenAll(
                emulators.WaitForPortAsync(ports.Queue, cancellationToken),
                emulators.WaitForPortAsync(ports.Blob, cancellationToken),
                emulators.WaitForPortAsync(ports.Cosmos, cancellationToken),
                emulators.WaitForPortAsync(ports.Smtp, cancellationToken),
                emulators.WaitForPortAsync(ports.MailWeb, cancellationToken));
            return emulators;
        }
        catch
        {
            await emulators.DisposeAsync();
            throw;
        }
    }

    /// <summary>True when something already listens on every port, for example emulators started earlier.</summary>
    public static async Task<bool> AreListeningAsync(EmulatorPorts ports) =>
        (await Task.WhenAll(ports.All.Select(IsListeningAsync))).All(up => up);

    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }
    }

    private static Process Supervise(NpmPackage package, string emulator, string arguments)
    {
        var info = new ProcessStartInfo("node", $"{package.SupervisorScript} {Environment.ProcessId} {emulator} {arguments}")
        {
            WorkingDirectory = package.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start the {emulator} emulator.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrWhiteSpace(e.Data))
            {
                Console.Error.WriteLine($"[{emulator}] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitForPortAsync(int port, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        while (!await IsListeningAsync(port))
        {
            if (processes.FirstOrDefault(p => p.HasExited) is { } exited)
            {
                throw new InvalidOperationException(
                    $"An emulator exited with code {exited.ExitCode} before listening on port {port}; see its output above.");
            }

            try
            {
                await Task.Delay(100, timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"No emulator listened on 127.0.0.1:{port} within {StartTimeout.TotalSeconds} s.");
            }
        }
    }

    internal static async Task<bool> IsListeningAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
