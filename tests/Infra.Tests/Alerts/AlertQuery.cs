using System.Text.RegularExpressions;

namespace AppointmentBooking.Infra.Tests.Alerts;

/// <summary>The names one Application Insights alert query relies on: its table, dimensions, event names and columns.</summary>
internal sealed partial record AlertQuery(string Rule, string Text)
{
    public string Table => Text.TrimStart().Split(['\n', ' ', '|'], 2)[0];

    /// <summary>Each <c>customDimensions.X</c>, with the literal it is compared to, if any.</summary>
    public IReadOnlyList<(string Name, string? Value)> Dimensions =>
        Dimension().Matches(Text)
            .Select(m => (m.Groups["name"].Value, m.Groups["value"].Success ? m.Groups["value"].Value : null))
            .ToList();

    /// <summary>Each <c>name == "..."</c> filter.</summary>
    public IReadOnlyList<string> Names => EventName().Matches(Text).Select(m => m.Groups["value"].Value).ToList();

    /// <summary>The known columns of its table that the query mentions.</summary>
    public IReadOnlyList<string> ColumnsOf(IEnumerable<string> known) =>
        known.Where(column => Regex.IsMatch(Text, $@"(?<![\w.""]){column}\b")).ToList();

    [GeneratedRegex(@"customDimensions(?:\.(?<name>\w+)|\[""(?<name>[^""]+)""\])(?:\s*==\s*""(?<value>[^""]*)"")?")]
    private static partial Regex Dimension();

    [GeneratedRegex(@"(?<![\w.])name\s*==\s*""(?<value>[^""]*)""")]
    private static partial Regex EventName();
}
