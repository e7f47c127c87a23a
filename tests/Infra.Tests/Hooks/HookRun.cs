using System.Diagnostics;

namespace AppointmentBooking.Infra.Tests.Hooks;

/// <summary>Exit code and output of one run of a hook script.</summary>
internal sealed record HookResult(int ExitCode, string Output, string Errors);

/// <summary>
/// Runs a POSIX hook from infra/hooks with /bin/sh, as azd does on Linux and macOS, against a
/// <see cref="FakeResourceManager"/>. An `azd` stand-in on PATH answers `azd auth token` the way
/// the real one does, so the hook runs unchanged.
/// </summary>
internal sealed class HookRun : IDisposable
{
    public const string Token = "token-from-azd-auth-login";
    private readonly DirectoryInfo bin = Directory.CreateTempSubdirectory("fake-azd-");

    public HookRun()
    {
        var azd = Path.Combine(bin.FullName, "azd");
        File.WriteAllText(azd, $$"""
            #!/bin/sh
            echo "$*" >> "{{AzdCallsFile}}"
            case "$1 $2" in
              "auth token") printf '{\n  "token": "{{Token}}",\n  "expiresOn": "2030-01-01T00:00:00Z"\n}\n' ;;
              *) echo "unexpected: azd $*" >&2; exit 1 ;;
            esac
            """.Replace("\r", string.Empty, StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(azd, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string AzdCallsFile => Path.Combine(bin.FullName, "calls.txt");

    public IReadOnlyList<string> AzdCalls => File.Exists(AzdCallsFile) ? File.ReadAllLines(AzdCallsFile) : [];

    public HookResult Run(FakeResourceManager arm, string script, string? standardInput = null, params string[] arguments)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root,
        };
        start.ArgumentList.Add(Path.Combine(Repository.Infra, "hooks", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PATH"] = bin.FullName + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["AZURE_RESOURCE_MANAGER_ENDPOINT"] = arm.Endpoint;
        start.Environment["AZURE_SUBSCRIPTION_ID"] = "00000000-0000-0000-0000-00000000000a";
        start.Environment["AZURE_RESOURCE_GROUP"] = "rg-booking-test";
        start.Environment["AZURE_KEY_VAULT_NAME"] = "kv-booking-test";
        start.Environment["AZURE_FUNCTION_APP_NAME"] = "func-booking-test";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.Write(standardInput ?? string.Empty);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The script stopped before reading its input (a refused argument): its exit code says why.
        }
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish in a minute");
        }

        return new HookResult(process.ExitCode, output.GetAwaiter().GetResult(), errors.GetAwaiter().GetResult());
    }

    public void Dispose() => bin.Delete(recursive: true);
}
