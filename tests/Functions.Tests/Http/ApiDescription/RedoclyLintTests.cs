using System.Diagnostics;
using System.Text.Json;
using AppointmentBooking.Functions.Http;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.LocalHost;

namespace AppointmentBooking.Functions.Tests.Http.ApiDescription;

/// <summary>
/// The served OpenAPI document passes Redocly's <c>recommended</c> ruleset with no errors, linted by
/// the CLI pinned in tools/openapi (installed with <c>npm ci</c> on first use; Node.js and npm are required).
/// </summary>
public sealed class RedoclyLintTests
{
    private const string Package = "tools/openapi";

    [Fact]
    public async Task The_document_has_no_errors_under_redoclys_recommended_rules()
    {
        var package = NpmPackage.Locate(Package);
        await package.EnsureInstalledAsync(CancellationToken.None);
        var file = Path.Combine(Path.GetTempPath(), $"openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, OpenApiDocumentBuilder.Build(typeof(Health).Assembly).ToJsonString());
        try
        {
            var (exitCode, output, diagnostics) = await LintAsync(package, file);
            Assert.True(output.Contains('{', StringComparison.Ordinal), $"Redocly printed no report (exit code {exitCode}): {diagnostics}");
            var report = JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..(output.LastIndexOf('}') + 1)]).RootElement;

            var errors = report.GetProperty("problems").EnumerateArray()
                .Where(p => p.GetProperty("severity").GetString() == "error")
                .Select(p => $"{p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()}")
                .ToList();
            Assert.True(errors.Count == 0 && exitCode == 0, string.Join("\n", errors.Prepend($"exit code {exitCode}")));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(int ExitCode, string Output, string Diagnostics)> LintAsync(NpmPackage package, string file)
    {
        var start = new ProcessStartInfo(package.ModuleFile(".bin/redocly"), $"lint \"{file}\" --extends=recommended --format=json")
        {
            WorkingDirectory = package.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // No telemetry and no update check: tests never reach the internet.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Redocly CLI.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
