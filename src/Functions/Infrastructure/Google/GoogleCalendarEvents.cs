using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AppointmentBooking.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Infrastructure.Google;

/// <summary>
/// The Calendar API v3 calls the app needs, as a typed HttpClient (Google.Apis.Calendar.v3 is not
/// served here; it can replace this class behind <see cref="ICalendarEvents"/>):
/// events.get, events.insert with a client-supplied id (https://developers.google.com/workspace/calendar/api/v3/reference/events/insert:
/// 5–1024 base32hex characters, unique per calendar; a second insert of the id answers 409), events.patch
/// (which also brings back a deleted event by setting <c>status</c>), events.delete (404/410 for one
/// already gone) and freeBusy.query (https://developers.google.com/workspace/calendar/api/v3/reference/freebusy/query).
/// Errors follow https://developers.google.com/workspace/calendar/api/guides/errors: 401 means the
/// access token must be refreshed; 429, 403 rateLimitExceeded/userRateLimitExceeded and 5xx are retried
/// here with exponential backoff (honouring Retry-After), and what still fails is thrown for the
/// caller's own retry (the saga's policy, the queue's).
/// </summary>
internal sealed class GoogleCalendarEvents(IHttpClientFactory clients) : ICalendarEvents
{
    private const int Attempts = 4;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromSeconds(5);

    public async Task<ExistingEvent?> FindAsync(string accessToken, string calendarId, string eventId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, EventPath(calendarId, eventId)), accessToken, cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound)
        {
            return null;
        }

        var body = await ReadAsync(response, cancellationToken);
        return new ExistingEvent(Time(body["start"]), Time(body["end"]), (string?)body["status"] == "cancelled");
    }

    public async Task<bool> InsertAsync(string accessToken, string calendarId, CalendarEvent calendarEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, $"{EventsPath(calendarId)}?sendUpdates=none") { Content = JsonContent.Create(Body(calendarEvent, withId: true)) },
            accessToken, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Conflict)
        {
            return false;
        }

        await ReadAsync(response, cancellationToken);
        return true;
    }

    public async Task UpdateAsync(string accessToken, string calendarId, CalendarEvent calendarEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Patch, $"{EventPath(calendarId, calendarEvent.Id)}?sendUpdates=none")
            {
                Content = JsonContent.Create(Body(calendarEvent, withId: false)),
            },
            accessToken, cancellationToken);
        await ReadAsync(response, cancellationToken);
    }

    public async Task DeleteAsync(string accessToken, string calendarId, string eventId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Delete, $"{EventPath(calendarId, eventId)}?sendUpdates=none"), accessToken, cancellationToken);
        if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Gone))
        {
            await EnsureSuccessAsync(response, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<Interval>> BusyAsync(string accessToken, string calendarId, Interval range, CancellationToken cancellationToken)
    {
        var query = new JsonObject
        {
            ["timeMin"] = InstantPattern.ExtendedIso.Format(range.Start),
            ["timeMax"] = InstantPattern.ExtendedIso.Format(range.End),
            ["items"] = new JsonArray(new JsonObject { ["id"] = calendarId }),
        };
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, "freeBusy") { Content = JsonContent.Create(query) }, accessToken, cancellationToken);
        var calendar = (await ReadAsync(response, cancellationToken))["calendars"]?[calendarId]
            ?? throw new HttpRequestException("Google's free/busy answer lacks the calendar asked for.");
        if (calendar["errors"] is JsonArray { Count: > 0 } errors)
        {
            throw new HttpRequestException($"Google could not tell the calendar's free/busy: {errors[0]?["reason"]}.");
        }

        return [.. (calendar["busy"] as JsonArray ?? []).Select(b => new Interval(Instant(b?["start"]), Instant(b?["end"]))).Where(i => i.End > i.Start)];
    }

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, string accessToken, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var message = request();
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            var response = await clients.CreateClient(nameof(GoogleCalendarEvents)).SendAsync(message, cancellationToken);
            if (response.StatusCode is HttpStatusCode.Unauthorized)
            {
                response.Dispose();
                throw new CalendarAccessDeniedException();
            }

            if (attempt == Attempts || !await IsWorthRetryingAsync(response, cancellationToken))
            {
                return response;
            }

            var wait = Backoff(response, attempt);
            response.Dispose();
            await Task.Delay(wait, cancellationToken);
        }
    }

    private static async Task<bool> IsWorthRetryingAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        response.StatusCode is HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500
        || (response.StatusCode is HttpStatusCode.Forbidden && await ReasonAsync(response, cancellationToken) is "rateLimitExceeded" or "userRateLimitExceeded");

    private static async Task<string?> ReasonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        try
        {
            return (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))?["error"]?["errors"]?[0]?["reason"];
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Retry-After when Google sends one (capped), else doubling from <see cref="FirstBackoff"/> with jitter.</summary>
    private static TimeSpan Backoff(HttpResponseMessage response, int attempt)
    {
        if (response.Headers.RetryAfter?.Delta is { } delta)
        {
            return delta < LongestBackoff ? delta : LongestBackoff;
        }

        var doubling = FirstBackoff * Math.Pow(2, attempt - 1);
        return doubling + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 100));
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, cancellationToken);
        return await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken)
            ?? throw new HttpRequestException("Google answered with an empty body.");
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"Google Calendar answered {(int)response.StatusCode} ({await ReasonAsync(response, cancellationToken) ?? "no reason given"}).",
                null, response.StatusCode);
        }
    }

    private static JsonObject Body(CalendarEvent calendarEvent, bool withId)
    {
        var body = new JsonObject
        {
            ["summary"] = calendarEvent.Summary,
            ["description"] = calendarEvent.Description,
            ["start"] = When(calendarEvent.Start, calendarEvent.Zone),
            ["end"] = When(calendarEvent.End, calendarEvent.Zone),
            ["status"] = "confirmed",
            ["transparency"] = "opaque",
        };
        if (withId)
        {
            body["id"] = calendarEvent.Id;
        }

        return body;
    }

    /// <summary>The local time with its offset, and the booking's zone so the event shows in it.</summary>
    private static JsonObject When(Instant instant, DateTimeZone zone) => new()
    {
        ["dateTime"] = OffsetDateTimePattern.ExtendedIso.Format(instant.InZone(zone).ToOffsetDateTime()),
        ["timeZone"] = zone.Id,
    };

    private static Instant Time(JsonNode? when) => Instant(when?["dateTime"]);

    private static Instant Instant(JsonNode? text) =>
        OffsetDateTimePattern.ExtendedIso.Parse((string?)text ?? string.Empty) is { Success: true } parsed
            ? parsed.Value.ToInstant()
            : throw new HttpRequestException("Google answered with a time the app cannot read.");

    private static string EventsPath(string calendarId) => $"calendars/{Uri.EscapeDataString(calendarId)}/events";

    private static string EventPath(string calendarId, string eventId) => $"{EventsPath(calendarId)}/{Uri.EscapeDataString(eventId)}";
}
