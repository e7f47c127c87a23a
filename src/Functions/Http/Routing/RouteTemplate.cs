using System.Text.RegularExpressions;

namespace AppointmentBooking.Functions.Http.Routing;

/// <summary>Reads the parameters of an ASP.NET Core route template such as <c>tenants/{slug}/bookings/{id:guid?}</c>.</summary>
public static partial class RouteTemplate
{
    /// <summary>The template as an OpenAPI path: leading slash, constraints, defaults and catch-all marks removed.</summary>
    public static string ToOpenApiPath(string route) =>
        "/" + ParameterPattern().Replace(route, match => "{" + match.Groups["name"].Value + "}");

    /// <summary>Each parameter's name and its first constraint (<c>int</c>, <c>guid</c>), if any.</summary>
    public static IEnumerable<(string Name, string? Constraint)> Parameters(string route) =>
        ParameterPattern().Matches(route).Select(match => (
            match.Groups["name"].Value,
            match.Groups["constraint"].Success ? match.Groups["constraint"].Value : null));

    [GeneratedRegex(@"\{\*{0,2}(?<name>[^{}:=?*]+)(?::(?<constraint>[A-Za-z]+)[^{}=?]*)?(?:=[^{}]*)?\??\}")]
    private static partial Regex ParameterPattern();
}
