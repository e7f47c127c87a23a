using System.Text.RegularExpressions;
using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Tenants;

/// <summary>The public name of a tenant in URLs: 3–63 lower-case letters, digits and single hyphens.</summary>
public static partial class TenantSlug
{
    /// <summary>The slug in lower case, or throws naming <paramref name="field"/>.</summary>
    public static string Check(string? slug, string field = "slug")
    {
        var text = Preconditions.CheckNotBlank(slug, field).Trim().ToLowerInvariant();
        Preconditions.CheckArgument(Pattern().IsMatch(text), field,
            "must be 3 to 63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.");
        return text;
    }

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
