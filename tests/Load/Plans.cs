using System.Globalization;
using System.Text.Json;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Infrastructure.Json;
using NodaTime;

namespace AppointmentBooking.Load;

/// <summary>Builds each scenario's requests from starts the slots endpoint returned, exactly as a client would.</summary>
internal static class Plans
{
    /// <summary>How many ledgers the distinct scenario works on at once; 32 clients then put about 4 requests on each ledger.</summary>
    private const int LedgersInFlight = 8;

    /// <summary>Bases of contended rounds: two hours apart, so the +15/+30/+45 variants of one round never touch the next.</summary>
    private static readonly int[] RoundHours = [8, 10, 12, 14, 16];

    public static async Task<IReadOnlyList<SlotRequest>> FreeSlotsAsync(
        LoadClient http, string slug, string serviceId, LocalDate from, int days, CancellationToken cancellationToken)
    {
        var slots = new List<SlotRequest>();
        for (var windowStart = from; windowStart < from.PlusDays(days); windowStart = windowStart.PlusDays(31))
        {
            var windowEnd = LocalDate.Min(windowStart.PlusDays(30), from.PlusDays(days - 1));
            foreach (var staffId in LoadTenant.StaffIds)
            {
                var answer = await http.GetAsync(SlotsUri(slug, serviceId, staffId, windowStart, windowEnd), cancellationToken);
                var response = answer.Status == 200 ? JsonSerializer.Deserialize<SlotsResponse>(answer.Body!, AppJson.Options) : null;
                slots.AddRange((response ?? throw new InvalidOperationException($"Slots answer {answer.Status}: {answer.Body}"))
                    .Slots.Select(s => new SlotRequest(s.StaffId, serviceId, s.Start)));
            }
        }

        return slots;
    }

    public static string SlotsUri(string slug, string serviceId, string staffId, LocalDate from, LocalDate to) =>
        $"api/tenants/{slug}/slots?serviceId={serviceId}&staffId={staffId}&from={Iso(from)}&to={Iso(to)}";

    /// <summary>
    /// Non-overlapping 30-minute starts (on the hour and half hour), a few ledgers at a time so that
    /// concurrent clients land on the same ledger and race for its ETag, each with a different slot.
    /// </summary>
    public static IReadOnlyList<SlotRequest> Distinct(IReadOnlyList<SlotRequest> shortSlots, int count)
    {
        var ledgers = shortSlots
            .Where(s => Local(s.Start).Minute is 0 or 30)
            .GroupBy(s => s.LedgerKey)
            .OrderBy(g => g.Key.Split('/')[1], StringComparer.Ordinal)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(s => Local(s.Start)).ToList())
            .ToList();
        var plan = new List<SlotRequest>();
        for (var chunk = 0; chunk < ledgers.Count && plan.Count < count; chunk += LedgersInFlight)
        {
            var group = ledgers.Skip(chunk).Take(LedgersInFlight).ToList();
            var depth = group.Max(l => l.Count);
            for (var i = 0; i < depth; i++)
            {
                plan.AddRange(group.Where(l => i < l.Count).Select(l => l[i]));
            }
        }

        return [.. plan.Take(count)];
    }

    /// <summary>
    /// Non-overlapping 30-minute starts (on the hour and half hour) in an order shuffled with a fixed
    /// seed, so that any prefix spreads over the whole range like a month of real bookings.
    /// </summary>
    public static IReadOnlyList<SlotRequest> Spread(IReadOnlyList<SlotRequest> shortSlots, int seed)
    {
        var random = new Random(seed);
        return [.. shortSlots.Where(s => Local(s.Start).Minute is 0 or 30).OrderBy(_ => random.Next())];
    }

    /// <summary>The same start of the same staff member for every client: exactly one may get it.</summary>
    public static IReadOnlyList<IReadOnlyList<SlotRequest>> Crowd(IReadOnlyList<SlotRequest> shortSlots, int clients) =>
        shortSlots.Count == 0 ? [] : [[.. Enumerable.Repeat(shortSlots[shortSlots.Count / 2], clients)]];

    /// <summary>
    /// Each round, every client wants the same hour of one staff member with the 60-minute service: a
    /// quarter ask for the round's start itself, the others for starts 15, 30 and 45 minutes later,
    /// all overlapping each other. At most one request per round may succeed.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<SlotRequest>> Contended(IReadOnlyList<SlotRequest> longSlots, int rounds, int clients)
    {
        var offered = longSlots.Select(s => s.Start).ToHashSet(StringComparer.Ordinal);
        return [.. longSlots
            .Where(s => Local(s.Start) is { Minute: 0 } t && RoundHours.Contains(t.Hour))
            .OrderBy(s => Local(s.Start))
            .ThenBy(s => s.StaffId, StringComparer.Ordinal)
            .Select(s => (IReadOnlyList<SlotRequest>)[.. Enumerable.Range(0, clients)
                .Select(c => s with { Start = Later(s.Start, 15 * (c % 4)) })])
            .Where(round => round.All(r => offered.Contains(r.Start)))
            .Take(rounds)];
    }

    private static DateTime Local(string start) =>
        DateTimeOffset.Parse(start, CultureInfo.InvariantCulture, DateTimeStyles.None).DateTime;

    private static string Later(string start, int minutes) =>
        DateTimeOffset.Parse(start, CultureInfo.InvariantCulture, DateTimeStyles.None).AddMinutes(minutes)
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
