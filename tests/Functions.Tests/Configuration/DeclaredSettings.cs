using System.Text.Json;
using System.Text.RegularExpressions;
using AppointmentBooking.Functions.Tests.Metadata;
using Microsoft.Extensions.Configuration;

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

    /// <summary>The sample's values as configuration, with <c>__</c> read as <c>:</c> as the host does.</summary>
    public static IConfiguration LocalSampleConfiguration { get; } = new ConfigurationBuilder()
        .AddInMemoryCollection(ReadLocalSampleValues().Select(p => KeyValuePair.Create(p.Key.Replace("__", ":", StringComparison.Ordinal), (string?)p.Value)))
        .Build();

    /// <summary>The sample's value of a setting named in either form (<c>A:B</c> or <c>A__B</c>).</summary>
    public static string LocalSampleValue(string key) =>
        LocalSampleConfiguration[key.Replace("__", ":", StringComparison.Ordinal)] ?? throw new KeyNotFoundException($"local.settings.sample.json lacks {key}");

    private static HashSet<string> ReadLocalSample() => [.. ReadLocalSampleValues().Keys];

    private static Dictionary<string, string> ReadLocalSampleValues()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "local.settings.sample.json")));
        return sample.RootElement.GetProperty("Values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty);
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
