using System.Text.Json;
using System.Text.RegularExpressions;
using AppointmentBooking.Functions.Tests.Metadata;

namespace AppointmentBooking.Functions.Tests.Configuration;

/// <summary>The settings the repository provides: for local runs and for Azure.</summary>
internal static partial class DeclaredSettings
{
    /// <summary>The <c>Values</c> of local.settings.sample.json.</summary>
    public static IReadOnlySet<string> LocalSample { get; } = ReadLocalSample();

    /// <summary>
    /// The keys of the <c>APP SETTINGS</c> block of infra/app/functions.bicep. Read from the Bicep
    /// text, between the markers the infra work put there, so this test needs no Bicep CLI.
    /// </summary>
    public static IReadOnlySet<string> Bicep { get; } = ReadBicep();

    private static HashSet<string> ReadLocalSample()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "local.settings.sample.json")));
        return [.. sample.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name)];
    }

    private static HashSet<string> ReadBicep()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "app", "functions.bicep"));
        var block = AppSettingsBlock().Match(text);
        Assert.True(block.Success, "infra/app/functions.bicep lacks its 'var appSettings = { ... } // ... END APP SETTINGS' block");
        return [.. BicepKey().Matches(block.Groups["body"].Value).Select(m => m.Groups["key"].Value)];
    }

    [GeneratedRegex(@"var appSettings = \{(?<body>.*?)^\}\s*//[\s-]*END APP SETTINGS", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex AppSettingsBlock();

    [GeneratedRegex(@"^\s*'?(?<key>[A-Za-z_][\w.-]*)'?\s*:", RegexOptions.Multiline)]
    private static partial Regex BicepKey();
}
