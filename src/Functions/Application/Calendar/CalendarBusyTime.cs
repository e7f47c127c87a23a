using System.Collections.Concurrent;
using System.Globalization;
using AppointmentBooking.Domain.Calendar;
using AppointmentBooking.Domain.Scheduling;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>
/// Busy time from staff calendars for the public slot search. The tenant's connections and each
/// staff member's busy time per local day are cached in memory (<see cref="CalendarOptions.BusyCacheSeconds"/>),
/// so a steady stream of searches costs no extra database read and no call to the provider. Days not
/// known recently are asked for in one free/busy call per staff member, shared by searches that ask at
/// once, and waited for at most <see cref="CalendarOptions.BusyTimeoutMilliseconds"/>: a calendar that
/// has not answered by then is used as last known (stale) or not at all (unavailable), the search goes
/// on, and the answer fills the cache for the next search when it comes.
/// </summary>
public sealed partial class CalendarBusyTime(
    ICalendarConnections connections, CalendarAccess access, ICalendarEvents events, IOptions<CalendarOptions> options, IClock clock,
    ILogger<CalendarBusyTime> logger) : IDisposable
{
    /// <summary>Older answers are kept this long, to fall back on when the calendar does not answer in time.</summary>
    private static readonly TimeSpan KeptForFallback = TimeSpan.FromHours(12);

    /// <summary>How long an answer may take in the background once the search has gone on without it.</summary>
    private static readonly TimeSpan FetchLimit = TimeSpan.FromSeconds(20);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 200_000 });
    private readonly ConcurrentDictionary<string, Lazy<Task<FetchResult>>> inFlight = new(StringComparer.Ordinal);

    private enum FetchResult
    {
        Fetched,
        Lost,
        Failed,
    }

    private Duration CacheTime => Duration.FromSeconds(options.Value.BusyCacheSeconds);

    public async Task<ExternalBusyTime> ForAsync(
        string tenantId, DateTimeZone zone, IReadOnlyCollection<string> staffIds, DateInterval dates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staffIds);
        var connected = (await ConnectionsAsync(tenantId, cancellationToken)).Where(c => staffIds.Contains(c.StaffId)).ToList();
        if (connected.Count == 0)
        {
            return ExternalBusyTime.None;
        }

        var budget = Task.Delay(TimeSpan.FromMilliseconds(options.Value.BusyTimeoutMilliseconds), cancellationToken);
        var states = await Task.WhenAll(connected.Select(c => StaffAsync(c, zone, dates, budget)));
        return new ExternalBusyTime(
            states.ToDictionary(s => s.State.StaffId, s => s.Busy, StringComparer.Ordinal),
            [.. states.Select(s => s.State)]);
    }

    /// <summary>Reads the tenant's connections again on the next search (this instance just changed one).</summary>
    public void Forget(string tenantId) => cache.Remove(ConnectionsKey(tenantId));

    public void Dispose() => cache.Dispose();

    private async Task<(CalendarBusyState State, IReadOnlyList<BusyInterval> Busy)> StaffAsync(
        CalendarConnection connection, DateTimeZone zone, DateInterval dates, Task budget)
    {
        if (connection.NeedsReconnect)
        {
            return (new CalendarBusyState(connection.StaffId, CalendarBusyStatus.Disconnected, null), []);
        }

        var now = clock.GetCurrentInstant();
        var missing = dates.Where(d => Known(connection, d) is not { } day || now - day.FetchedAt >= CacheTime).ToList();
        var answer = FetchResult.Fetched;
        if (missing.Count > 0)
        {
            // An answer not in time counts as failed for this search; it still fills the cache when it comes.
            var fetch = Fetch(connection, zone, new DateInterval(missing.Min(), missing.Max()));
            answer = await Task.WhenAny(fetch, budget) == fetch ? await fetch : FetchResult.Failed;
        }

        if (answer is FetchResult.Lost)
        {
            cache.Remove(ConnectionsKey(connection.TenantId));
            return (new CalendarBusyState(connection.StaffId, CalendarBusyStatus.Disconnected, null), []);
        }

        var known = dates.Select(d => Known(connection, d)).OfType<DayBusy>().ToList();
        if (known.Count == 0)
        {
            return (new CalendarBusyState(connection.StaffId, CalendarBusyStatus.Unavailable, null), []);
        }

        var busy = known.SelectMany(d => d.Busy).Distinct().Select(i => BusyInterval.External(i.Start, i.End)).ToList();
        var status = answer is FetchResult.Fetched ? CalendarBusyStatus.Current : CalendarBusyStatus.Stale;
        return (new CalendarBusyState(connection.StaffId, status, known.Min(d => d.FetchedAt)), busy);
    }

    /// <summary>One free/busy call for the range, shared by every search that needs it while it runs.</summary>
    private Task<FetchResult> Fetch(CalendarConnection connection, DateTimeZone zone, DateInterval range)
    {
        var key = $"{DayKey(connection, range.Start)}..{range.End}";
        var fetch = inFlight.GetOrAdd(key, _ => new Lazy<Task<FetchResult>>(() => FetchAsync(connection, zone, range)));
        return fetch.Value.ContinueWith(done =>
        {
            inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<FetchResult>>>(key, fetch));
            return done.Result;
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task<FetchResult> FetchAsync(CalendarConnection connection, DateTimeZone zone, DateInterval range)
    {
        using var limit = new CancellationTokenSource(FetchLimit);
        try
        {
            var window = new Interval(range.Start.AtStartOfDayInZone(zone).ToInstant(), range.End.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
            var busy = await access.CallAsync(
                connection, bookingId: null, token => events.BusyAsync(token, connection.CalendarId, window, limit.Token), limit.Token);
            if (busy is null)
            {
                return FetchResult.Lost;
            }

            var at = clock.GetCurrentInstant();
            foreach (var date in range)
            {
                var day = new Interval(date.AtStartOfDayInZone(zone).ToInstant(), date.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
                cache.Set(DayKey(connection, date), new DayBusy([.. busy.Where(b => b.Start < day.End && day.Start < b.End)], at),
                    new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = KeptForFallback });
            }

            return FetchResult.Fetched;
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            LogFailed(logger, failure, connection.TenantId, connection.StaffId);
            return FetchResult.Failed;
        }
    }

    /// <summary>The tenant's connections, read at most once per cache time (an empty list is cached too).</summary>
    private async Task<IReadOnlyList<CalendarConnection>> ConnectionsAsync(string tenantId, CancellationToken cancellationToken)
    {
        var key = ConnectionsKey(tenantId);
        var now = clock.GetCurrentInstant();
        if (cache.TryGetValue(key, out KnownConnections? known) && now - known!.ReadAt < CacheTime)
        {
            return known.Connections;
        }

        var read = await connections.ListAsync(tenantId, cancellationToken);
        cache.Set(key, new KnownConnections(read, now), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = KeptForFallback });
        return read;
    }

    private static string ConnectionsKey(string tenantId) => $"connections/{tenantId}";

    private DayBusy? Known(CalendarConnection connection, LocalDate date) => cache.TryGetValue(DayKey(connection, date), out DayBusy? day) ? day : null;

    /// <summary>Per connection (a reconnect starts afresh), staff member and local date.</summary>
    private static string DayKey(CalendarConnection connection, LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture,
            $"busy/{connection.TenantId}/{connection.StaffId}/{connection.ConnectedAt.ToUnixTimeTicks()}/{date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}");

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The calendar of staff member {StaffId} of tenant {TenantId} did not tell its busy time; slot searches use what was known before")]
    private static partial void LogFailed(ILogger logger, Exception exception, string tenantId, string staffId);

    private sealed record DayBusy(IReadOnlyList<Interval> Busy, Instant FetchedAt);

    private sealed record KnownConnections(IReadOnlyList<CalendarConnection> Connections, Instant ReadAt);
}
