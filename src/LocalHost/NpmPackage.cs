using System.Diagnostics;

namespace AppointmentBooking.LocalHost;

/// <summary>
/// One of the project's pinned npm packages under tools/ (the emulators, the browser-test tools): finds
/// it from the running binary, installs it from its lockfile on first use, and fails fast when Node.js
/// or npm is missing.
/// </summary>
public sealed class NpmPackage
{
    /// <summary>Azurite and the Cosmos DB server, with the supervisor script that runs them.</summary>
    public const string Emulators = "tools/emulators";

    private NpmPackage(string directory) => Directory = directory;

    public string Directory { get; }

    public string SupervisorScript => Path.Combine(Directory, "supervise.mjs");

    public static NpmPackage Locate(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(Path.Combine(candidate, "package-lock.json")))
            {
                return new NpmPackage(candidate);
            }
        }

        throw new InvalidOperationException(
            $"Cannot find {relativePath}/package-lock.json above {AppContext.BaseDirectory}; run from a clone of the repository.");
    }

    /// <summary>A file of an installed dependency, e.g. <c>axe-core/axe.min.js</c>.</summary>
    public string ModuleFile(string path) => Path.Combine(Directory, "node_modules", path);

    /// <summary>Runs <c>npm ci</c> once; a file lock keeps parallel test processes from installing at the same time.</summary>
    public async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        RequireTool("node");
        RequireTool("npm");
        await using var installLock = await AcquireLockAsync(cancellationToken);
        if (IsInstalled())
        {
            return;
        }

        var exitCode = await RunAsync("npm", "ci --no-audit --no-fund --loglevel=error", cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"'npm ci' in {Directory} failed with exit code {exitCode}.");
        }
    }

    private bool IsInstalled()
    {
        var marker = Path.Combine(Directory, "node_modules", ".package-lock.json");
        return File.Exists(marker)
            && File.GetLastWriteTimeUtc(marker) >= File.GetLastWriteTimeUtc(Path.Combine(Directory, "package-lock.json"));
    }

    private async Task<FileStream> AcquireLockAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(Directory, ".install.lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                await Task.Delay(250, cancellationToken);
            }
        }
    }

    private async Task<int> RunAsync(string fileName, string arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(new ProcessStartInfo(fileName, arguments) { WorkingDirectory = Directory })
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode;
    }

    private static void RequireTool(string tool)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, "--version") { RedirectStandardOutput = true });
            process?.WaitForExit();
            if (process is { ExitCode: 0 })
            {
                return;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Not on PATH: reported below.
        }

        throw new InvalidOperationException(
            $"'{tool}' was not found on PATH. The local emulators and the browser tests need Node.js 20+ and npm; install them " +
            "(the emulators can also be replaced by real services: point Cosmos:Endpoint and Storage:ConnectionString at them).");
    }
}
