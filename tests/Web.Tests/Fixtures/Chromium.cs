using System.Diagnostics;

namespace AppointmentBooking.Web.Tests.Fixtures;

/// <summary>
/// The Chromium the browser tests drive: Debian's package (Playwright's own browser downloads cannot be
/// fetched here). Found on PATH or at its usual places; installed with apt-get when the tests run as root
/// on a machine that has it, as CI does; otherwise the tests fail saying how to install it — never skipped.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];
    private static readonly SemaphoreSlim Installing = new(1, 1);

    public static async Task<string> LocateOrInstallAsync()
    {
        if (Find() is { } found)
        {
            return found;
        }

        await Installing.WaitAsync();
        try
        {
            if (Find() is null && Environment.UserName == "root" && File.Exists("/usr/bin/apt-get"))
            {
                await RunAsync("apt-get", "update -qq");
                await RunAsync("apt-get", "install -y -qq chromium");
            }
        }
        finally
        {
            Installing.Release();
        }

        return Find() ?? throw new InvalidOperationException(
            "The browser tests need Chromium: install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH.");
    }

    private static string? Find() =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured && File.Exists(configured)
            ? configured
            : Candidates.FirstOrDefault(File.Exists);

    private static async Task RunAsync(string fileName, string arguments)
    {
        var info = new ProcessStartInfo(fileName, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{fileName} {arguments}' failed ({process.ExitCode}): {await output}{await errors}");
        }
    }
}
