using System.Text.RegularExpressions;
using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Notifications;

/// <summary>
/// The <c>{{name}}</c> placeholders a template may use, each filled from the booking when a
/// notification is composed. An unknown name is refused when the template is saved, not found later
/// in a customer's inbox.
/// </summary>
public static partial class TemplatePlaceholders
{
    /// <summary>Who the message is addressed to (the customer, or the staff member).</summary>
    public const string RecipientName = "recipientName";

    /// <summary>The customer's name.</summary>
    public const string CustomerName = "customerName";

    /// <summary>The booked service.</summary>
    public const string ServiceName = "serviceName";

    /// <summary>The staff member doing the booking.</summary>
    public const string StaffName = "staffName";

    /// <summary>The tenant's display name.</summary>
    public const string BusinessName = "businessName";

    /// <summary>Date, time and zone in one phrase, for example "Tuesday 1 December 2026 at 10:00 (Africa/Johannesburg, SAST)".</summary>
    public const string When = "when";

    /// <summary>The local date, for example "Tuesday 1 December 2026".</summary>
    public const string Date = "date";

    /// <summary>The local start time, for example "10:00".</summary>
    public const string Time = "time";

    /// <summary>The zone the times are in, for example "Africa/Johannesburg (SAST)".</summary>
    public const string TimeZone = "timeZone";

    /// <summary>The customer's link to see, move or cancel the booking (empty for staff).</summary>
    public const string ManageLink = "manageLink";

    /// <summary>Other free starts offered when a booking could not go ahead, in the tenant's local time.</summary>
    public const string Alternatives = "alternatives";

    /// <summary>The deposit due, for example "ZAR 200.00".</summary>
    public const string Deposit = "deposit";

    /// <summary>Every placeholder name.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        RecipientName, CustomerName, ServiceName, StaffName, BusinessName, When, Date, Time, TimeZone, ManageLink, Alternatives, Deposit,
    };

    /// <summary>Replaces each placeholder in <paramref name="text"/> with <paramref name="encode"/> of its value.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values, Func<string, string> encode)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(encode);
        return Placeholder().Replace(text, match => encode(values.GetValueOrDefault(match.Groups["name"].Value, string.Empty)));
    }

    /// <summary>Throws naming <paramref name="field"/> when <paramref name="text"/> uses a placeholder that does not exist.</summary>
    internal static void CheckKnown(string text, string field)
    {
        foreach (Match match in Placeholder().Matches(text))
        {
            var name = match.Groups["name"].Value;
            Preconditions.CheckArgument(All.Contains(name), field,
                $"uses the unknown placeholder {{{{{name}}}}}; known ones are {string.Join(", ", All.Order(StringComparer.Ordinal).Select(n => $"{{{{{n}}}}}"))}.");
        }
    }

    [GeneratedRegex(@"\{\{\s*(?<name>[A-Za-z]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
