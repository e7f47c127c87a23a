using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AppointmentBooking.Infra.Tests;

/// <summary>A Bicep diagnostic such as <c>main.bicep(12,7) : Warning no-unused-params: ...</c>.</summary>
internal sealed record BicepDiagnostic(string File, int Line, int Column, string Level, string Code, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}) {Level} {Code}: {Message}";
}

/// <summary>Result of one <c>bicep build --stdout</c> run.</summary>
internal sealed record BicepBuild(int ExitCode, string Template, IReadOnlyList<BicepDiagnostic> Diagnostics, string Errors)
{
    public JsonNode TemplateJson => JsonNode.Parse(Template)
        ?? throw new InvalidOperationException("bicep produced an empty template");

    /// <summary>Lines on standard error that are not diagnostics (a crash, a restore failure).</summary>
    public IReadOnlyList<string> UnparsedOutput => Errors
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(line => !BicepCli.IsDiagnostic(line))
        .ToList();
}

/// <summary>Runs the Bicep CLI from the Azure.Bicep.CommandLine NuGet package, offline.</summary>
internal static partial class BicepCli
{
    private static readonly Lazy<string> Executable = new(Locate);
    private static readonly ConcurrentDictionary<string, Lazy<JsonNode>> Templates = new(StringComparer.Ordinal);

    /// <summary>The ARM template of a file under infra/, compiled once per test run.</summary>
    public static JsonNode Template(params string[] pathUnderInfra) =>
        Templates.GetOrAdd(
            Path.Combine([Repository.Infra, .. pathUnderInfra]),
            file => new Lazy<JsonNode>(() => Build(file).TemplateJson)).Value;

    public static BicepBuild Build(string bicepFile)
    {
        var run = Run(Path.GetDirectoryName(bicepFile)!, "build", bicepFile, "--stdout");
        var diagnostics = DiagnosticLine().Matches(run.Stderr)
            .Select(m => new BicepDiagnostic(
                m.Groups["file"].Value.Trim(),
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["level"].Value,
                m.Groups["code"].Value,
                m.Groups["message"].Value.Trim()))
            .ToList();
        return new BicepBuild(run.ExitCode, run.Stdout, diagnostics, run.Stderr);
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("could not start " + start.FileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish in two minutes");
        }

        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>
    /// Evaluates a deployment of infra/main.bicep with the given <c>param</c> lines, offline, with
    /// <c>bicep snapshot</c>: conditions, loops and nested modules resolved into the resources ARM
    /// would create.
    /// </summary>
    public static BicepSnapshot Snapshot(string location, params string[] paramLines)
    {
        var folder = Directory.CreateTempSubdirectory("bicep-snapshot-");
        try
        {
            var main = Path.GetRelativePath(folder.FullName, Path.Combine(Repository.Infra, "main.bicep")).Replace('\\', '/');
            var file = Path.Combine(folder.FullName, "deployment.bicepparam");
            File.WriteAllLines(file, [$"using '{main}'", .. paramLines]);
            var run = Run(folder.FullName, "snapshot", file, "--mode", "overwrite", "--location", location,
                "--subscription-id", "00000000-0000-0000-0000-00000000000a", "--tenant-id", "00000000-0000-0000-0000-00000000000b");
            var output = Path.Combine(folder.FullName, "deployment.snapshot.json");
            return new BicepSnapshot(run.ExitCode, File.Exists(output) ? JsonNode.Parse(File.ReadAllText(output)) : null, run.Stderr);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static bool IsDiagnostic(string line) => DiagnosticLine().IsMatch(line);

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepPath")?.Value;
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Bicep CLI not found at '{path}'; restore the Azure.Bicep.CommandLine.linux-x64 package.");
        }

        // NuGet extraction does not always keep the execute bit.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
            }
        }

        return path;
    }

    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),(?<col>\d+)\)\s*:\s*(?<level>Error|Warning|Info)\s+(?<code>[\w-]+):\s*(?<message>.*)$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
