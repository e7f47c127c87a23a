using System.Reflection;
using System.Text.RegularExpressions;
using AppointmentBooking.Functions.Http;
using AppointmentBooking.Functions.Tests.Metadata;

namespace AppointmentBooking.Functions.Tests.Configuration;

/// <summary>
/// Every setting the Functions app reads, found in the code itself: options classes bound from a
/// <c>Section</c> constant, literal keys read from <c>IConfiguration</c> or the environment, and <c>%Key%</c> binding expressions of triggers.
/// Keys are in app-setting form (<c>Cosmos__Endpoint</c>). The local host's own settings
/// (<c>Emulators:*</c>, <c>Seed:*</c>, <c>Urls</c>) live in src/LocalHost and are not scanned.
/// </summary>
internal static partial class SettingsReadByCode
{
    public static IReadOnlySet<string> All { get; } = new SortedSet<string>(
        [.. FromOptionsClasses(), .. FromSource()], StringComparer.Ordinal);

    public static string AppSettingName(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    private static IEnumerable<string> FromOptionsClasses() =>
        from type in typeof(Health).Assembly.GetTypes()
        let section = type.GetField("Section", BindingFlags.Public | BindingFlags.Static)
        where section is { IsLiteral: true } && section.FieldType == typeof(string)
        from key in Keys(AppSettingName((string)section.GetRawConstantValue()!), type)
        select key;

    /// <summary>Each public settable property, and the properties of nested settings objects.</summary>
    private static IEnumerable<string> Keys(string prefix, Type type) =>
        from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        where property.SetMethod is { IsPublic: true }
        let key = $"{prefix}__{property.Name}"
        from name in IsLeaf(property.PropertyType) ? [key] : Keys(key, property.PropertyType)
        select name;

    private static bool IsLeaf(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(Uri)
            || underlying == typeof(decimal) || underlying == typeof(TimeSpan) || !underlying.IsClass;
    }

    private static IEnumerable<string> FromSource() =>
        from file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src", "Functions"), "*.cs", SearchOption.AllDirectories)
        where !IsBuildOutput(file)
        let text = File.ReadAllText(file)
        from Match match in LiteralRead().Matches(text).Concat(BindingExpression().Matches(text))
        select AppSettingName(match.Groups["key"].Value);

    private static bool IsBuildOutput(string file) =>
        file.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin");

    // configuration["Key"], config.GetValue<T>("Key"), Environment.GetEnvironmentVariable("Key").
    [GeneratedRegex("""(?:[Cc]onfig\w*\s*\[\s*|\.GetValue<[^>]+>\(\s*|GetEnvironmentVariable\(\s*)"(?<key>[^"]+)"\s*[\],)]""")]
    private static partial Regex LiteralRead();

    // Trigger attributes name settings as "%Key%", which the Functions host resolves.
    [GeneratedRegex("\"%(?<key>[A-Za-z][\\w:]*)%\"")]
    private static partial Regex BindingExpression();
}
