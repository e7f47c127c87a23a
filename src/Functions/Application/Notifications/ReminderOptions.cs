using System.Globalization;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>Settings under <c>Reminders:</c>.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>When the reminder timer runs: six-field NCRONTAB, UTC. Each run catches up what earlier runs missed.</summary>
    public string Schedule { get; set; } = "0 */5 * * * *";

    /// <summary>How long before the start reminders go out, in hours, comma-separated.</summary>
    public string LeadHours { get; set; } = "24,2";

    /// <summary>The leads, longest first; a setting that is not a list of positive hours fails the run naming it.</summary>
    public IReadOnlyList<Duration> Leads()
    {
        var leads = LeadHours.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(h => double.TryParse(h, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) && hours > 0
                ? Duration.FromHours(hours)
                : throw new InvalidOperationException($"Setting {Section}:{nameof(LeadHours)} must list positive hours, such as '24,2'."))
            .OrderDescending()
            .ToList();
        return leads.Count > 0 ? leads : throw new InvalidOperationException($"Setting {Section}:{nameof(LeadHours)} lists no lead time.");
    }
}
