using System.Diagnostics;
using AppointmentBooking.LocalHost.Emulators;

namespace AppointmentBooking.Integration.Tests.Infrastructure;

/// <summary>The local host started as its own process, as the README's run command starts it, on free ports.</summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder output = new();

    private LocalHostProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public Process Process => process;

    /// <summary>The README's token command: <c>mint-token &lt;subject&gt;</c> prints a development token and exits.</summary>
    public static async Task<string> MintTokenAsync(string subject)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "AppointmentBooking.LocalHost.dll");
        var info = new ProcessStartInfo(Environment.ProcessPath!, [dll, "mint-token", subject])
        {
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return output.Trim();
    }

    public static LocalHostProcess Start(string? path = null)
    {
        var ports = EmulatorPorts.Free();
        // The app, the payment simulators and the fake Google listen apart from the emulators, and not on the simulators'
        // fixed default ports, which another local host on this machine may hold.
        var (http, stripe, payFast, google) = EmulatorPorts.Free().All.Where(port => !ports.All.Contains(port)).ToArray() switch
        {
            [var a, var b, var c, var d, ..] => (a, b, c, d),
            _ => throw new InvalidOperationException("The OS gave out fewer free ports than needed."),
        };
        var dll = Path.Combine(AppContext.BaseDirectory, "AppointmentBooking.LocalHost.dll");
        var info = new ProcessStartInfo(Environment.ProcessPath!, [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment["LocalHost__Urls"] = $"http://127.0.0.1:{http}";
        info.Environment["Emulators__BlobPort"] = $"{ports.Blob}";
        info.Environment["Emulators__QueuePort"] = $"{ports.Queue}";
        info.Environment["Emulators__TablePort"] = $"{ports.Table}";
        info.Environment["Emulators__CosmosPort"] = $"{ports.Cosmos}";
        info.Environment["Emulators__SmtpPort"] = $"{ports.Smtp}";
        info.Environment["Emulators__MailWebPort"] = $"{ports.MailWeb}";
        info.Environment["Fakes__StripePort"] = $"{stripe}";
        info.Environment["Fakes__PayFastPort"] = $"{payFast}";
        info.Environment["Fakes__GooglePort"] = $"{google}";
        if (path is not null)
        {
            info.Environment["PATH"] = path;
        }

        return new LocalHostProcess(Process.Start(info)!, new Uri($"http://127.0.0.1:{http}"));
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
