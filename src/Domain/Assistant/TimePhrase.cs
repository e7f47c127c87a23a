using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Domain.Assistant;

/// <summary>
/// Reads the day phrases customers use ("tomorrow morning", "next Tuesday afternoon", "this weekend",
/// "2026-12-01") against the tenant's today, so the calendar arithmetic is done here and never by a model.
/// A weekday alone ("Tuesday", "this Tuesday") is its next occurrence from today on; "next Tuesday" is
/// the first one after today. Without a day the next seven days are meant.
/// </summary>
public static class TimePhrase
{
    /// <summary>The forms understood, for an answer that explains a phrase that was not.</summary>
    public const string Forms =
        "today, tonight, tomorrow, day after tomorrow, a weekday (Tuesday, next Tuesday), this week, next week, this weekend, " +
        "in N days, a date yyyy-MM-dd; optionally with morning, afternoon or evening";

    private const int DefaultDays = 7;

    private static readonly string[] Fillers = ["on", "at", "the", "for", "in", "of", "sometime", "any", "time", "anytime", "please", "around", "during"];

    /// <summary>Reads <paramref name="text"/>; false when it is not one of the <see cref="Forms"/>.</summary>
    /// <param name="text">The customer's phrase, any case.</param>
    /// <param name="today">Today's date in the tenant's zone.</param>
    /// <param name="window">The dates and part of the day the phrase stands for.</param>
    public static bool TryParse(string? text, LocalDate today, out TimeWindow window)
    {
        var words = Words(text);
        var part = TakeDayPart(words, out var thisPart);
        window = new TimeWindow(new DateInterval(today, today.PlusDays(DefaultDays - 1)), part);
        if (thisPart && words.Count == 0)
        {
            window = new TimeWindow(new DateInterval(today, today), part);
            return true;
        }

        if (Dates(words, today) is not { } dates)
        {
            return false;
        }

        window = new TimeWindow(dates, part);
        return true;
    }

    private static List<string> Words(string? text) =>
        [.. (text ?? string.Empty).ToLowerInvariant()
            .Split([' ', ',', '.', '!', '?', ';', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Removes the part-of-day words; <paramref name="thisPart"/> is set for "this afternoon" and "tonight", which mean today.</summary>
    private static DayPart TakeDayPart(List<string> words, out bool thisPart)
    {
        thisPart = false;
        var part = DayPart.Any;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var found = words[i] switch
            {
                "morning" => DayPart.Morning,
                "afternoon" => DayPart.Afternoon,
                "evening" or "tonight" => DayPart.Evening,
                _ => DayPart.Any,
            };
            if (found == DayPart.Any)
            {
                continue;
            }

            part = found;
            var afterThis = i > 0 && words[i - 1] == "this";
            thisPart |= words[i] == "tonight" || afterThis;
            words.RemoveAt(i);
            if (afterThis)
            {
                words.RemoveAt(--i);
            }
        }

        words.RemoveAll(w => Fillers.Contains(w));
        return part;
    }

    private static DateInterval? Dates(List<string> words, LocalDate today) => string.Join(' ', words) switch
    {
        "" or "soon" or "asap" => new DateInterval(today, today.PlusDays(DefaultDays - 1)),
        "today" => Day(today),
        "tomorrow" => Day(today.PlusDays(1)),
        "day after tomorrow" => Day(today.PlusDays(2)),
        "this week" => new DateInterval(today, today.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Sunday))),
        "next week" => Week(today.With(DateAdjusters.Next(IsoDayOfWeek.Monday))),
        "weekend" or "this weekend" => Weekend(today),
        var phrase => Weekday(phrase, today) ?? InDays(phrase, today) ?? IsoDate(phrase),
    };

    private static DateInterval Day(LocalDate date) => new(date, date);

    private static DateInterval Week(LocalDate monday) => new(monday, monday.PlusDays(6));

    private static DateInterval Weekend(LocalDate today) => today.DayOfWeek == IsoDayOfWeek.Sunday
        ? Day(today)
        : new DateInterval(today.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Saturday)), today.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Sunday)));

    private static DateInterval? Weekday(string phrase, LocalDate today)
    {
        var next = phrase.StartsWith("next ", StringComparison.Ordinal);
        var name = next ? phrase[5..] : phrase.StartsWith("this ", StringComparison.Ordinal) ? phrase[5..] : phrase;
        if (DayOfWeek(name) is not { } day)
        {
            return null;
        }

        return Day(today.With(next ? DateAdjusters.Next(day) : DateAdjusters.NextOrSame(day)));
    }

    private static IsoDayOfWeek? DayOfWeek(string name)
    {
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            var full = day.ToString().ToLowerInvariant();
            if (name == full || (name.Length >= 3 && full.StartsWith(name, StringComparison.Ordinal)))
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>"N days" after the fillers ("in") are gone.</summary>
    private static DateInterval? InDays(string phrase, LocalDate today)
    {
        var parts = phrase.Split(' ');
        return parts is [var count, "days" or "day"] && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= 3660
            ? Day(today.PlusDays(days))
            : null;
    }

    private static DateInterval? IsoDate(string phrase) =>
        LocalDatePattern.Iso.Parse(phrase) is { Success: true } parsed ? Day(parsed.Value) : null;
}
