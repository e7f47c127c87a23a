using System.Diagnostics;
using System.Text.Json;

namespace AppointmentBooking.Functions.Tests.Metadata;

/// <summary>Publishes src/Functions once, as a deployment would, and reads the functions.metadata it produces.</summary>
public sealed class PublishedFunctionsApp : IAsyncLifetime
{
    private readonly DirectoryInfo output = Directory.CreateTempSubdirectory("functions-publish-");

    public IReadOnlyList<JsonElement> Functions { get; private set; } = [];

    public JsonElement HostJson { get; private set; }

    public string OutputPath => output.FullName;

    /// <summary>Each HTTP trigger's function name, route (the name when it has none) and methods.</summary>
    public IEnumerable<(string Name, string Route, IReadOnlyList<string> Methods)> HttpRoutes() =>
        from function in Functions
        let name = function.GetProperty("name").GetString()!
        from binding in function.GetProperty("bindings").EnumerateArray()
        where binding.GetProperty("type").GetString() == "httpTrigger"
        select (name,
            binding.TryGetProperty("route", out var route) ? route.GetString()! : name,
            (IReadOnlyList<string>)[.. binding.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!)]);

    public async Task InitializeAsync()
    {
        var project = Path.Combine(RepositoryRoot.Path, "src", "Functions", "Functions.csproj");
        var info = new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-o", output.FullName, "--nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet publish failed:\n{await log}\n{await errors}");

        using var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(OutputPath, "functions.metadata")));
        Functions = [.. metadata.RootElement.EnumerateArray().Select(f => f.Clone())];
        using var host = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(OutputPath, "host.json")));
        HostJson = host.RootElement.Clone();
    }

    public Task DisposeAsync()
    {
        output.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
