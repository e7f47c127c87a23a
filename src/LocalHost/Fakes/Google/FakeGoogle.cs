using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace AppointmentBooking.LocalHost.Fakes.Google;

/// <summary>
/// Google's OAuth 2.0 endpoints and the Calendar API v3 calls the app makes, answering as Google
/// documents them (https://developers.google.com/identity/protocols/oauth2/web-server,
/// https://developers.google.com/workspace/calendar/api/v3/reference): the consent page approves at once
/// (as <see cref="ConsentAccount"/>) and redirects back with a code and the state; the token endpoint
/// checks the client, the redirect URI and the PKCE verifier, uses a code once, and answers
/// <c>invalid_grant</c> for a refresh token that was revoked or refused on demand; events keep their
/// client-supplied ids (a second insert is 409, a deleted one stays as cancelled); freeBusy merges the
/// account's events and scripted busy time. Tests script faults (429, 5xx), slow free/busy answers and
/// refused access tokens.
/// </summary>
public sealed class FakeGoogle(string clientId, string clientSecret, Func<DateTimeOffset>? clock = null) : FakeServer
{
    private readonly ConcurrentDictionary<string, PendingCode> codes = new();
    private readonly ConcurrentDictionary<string, FakeGoogleGrant> grants = new();
    private readonly ConcurrentDictionary<string, (string Account, DateTimeOffset ExpiresAt)> accessTokens = new();
    private readonly ConcurrentDictionary<(string Account, string Id), FakeCalendarEvent> events = new();
    private readonly ConcurrentQueue<(string Account, DateTimeOffset Start, DateTimeOffset End)> busy = new();
    private readonly ConcurrentQueue<FakeGoogleFault> faults = new();
    private readonly Func<DateTimeOffset> now = clock ?? TimeProvider.System.GetUtcNow;

    public string ClientId => clientId;

    public string ClientSecret => clientSecret;

    /// <summary>The Google account the next consent is given as.</summary>
    public string ConsentAccount { get; set; } = "staff@example.test";

    /// <summary>The scopes the next consent grants; null grants what was asked for (a person may untick some).</summary>
    public IReadOnlyList<string>? ConsentScopes { get; set; }

    /// <summary>When set, the next consent is declined with this OAuth error (<c>access_denied</c>).</summary>
    public string? ConsentError { get; set; }

    /// <summary>How long freeBusy takes to answer.</summary>
    public TimeSpan FreeBusyDelay { get; set; } = TimeSpan.Zero;

    public Uri AuthorizationEndpoint => new(BaseAddress, "o/oauth2/v2/auth");

    public Uri TokenEndpoint => new(BaseAddress, "token");

    public Uri RevocationEndpoint => new(BaseAddress, "revoke");

    public Uri CalendarApiBase => new(BaseAddress, "calendar/v3/");

    public IReadOnlyCollection<FakeCalendarEvent> Events => [.. events.Values];

    public IReadOnlyCollection<FakeGoogleGrant> Grants => [.. grants.Values];

    public IEnumerable<FakeCalendarEvent> EventsOf(string account) => events.Values.Where(e => e.Account == account);

    /// <summary>Something the person put in their calendar themselves.</summary>
    public void AddBusy(string account, DateTimeOffset start, DateTimeOffset end) => busy.Enqueue((account, start, end));

    /// <summary>Answers the next Calendar API calls with these faults, one each, in order.</summary>
    public void FailNext(params FakeGoogleFault[] next)
    {
        foreach (var fault in next)
        {
            faults.Enqueue(fault);
        }
    }

    /// <summary>Makes Google answer <c>invalid_grant</c> for the account's refresh tokens (revoked in the Google account, expired).</summary>
    public void RefuseGrantsOf(string account)
    {
        foreach (var grant in grants.Values.Where(g => g.Account == account))
        {
            grant.IsLive = false;
        }

        ForgetAccessTokensOf(account);
    }

    /// <summary>Makes every access token issued so far answer 401 (as one expired early would).</summary>
    public void ExpireAccessTokens() => accessTokens.Clear();

    protected override void MapRoutes(WebApplication application)
    {
        application.MapGet("/o/oauth2/v2/auth", Consent);
        application.MapPost("/token", (HttpRequest request) => TokenAsync(request));
        application.MapMethods("/revoke", ["GET", "POST"], (HttpRequest request) => RevokeAsync(request));
        var calendar = application.MapGroup("/calendar/v3");
        calendar.AddEndpointFilter(async (context, next) => Authorized(context.HttpContext) is { } refused ? refused : await next(context));
        calendar.MapGet("/calendars/{calendarId}/events/{eventId}", (HttpContext context, string eventId) =>
            Faulted("get") ?? (events.TryGetValue((Account(context), eventId), out var found) ? Results.Json(Json(found)) : Error(404, "notFound", "Not Found")));
        calendar.MapPost("/calendars/{calendarId}/events", (HttpContext context, string calendarId) => InsertAsync(context));
        calendar.MapPatch("/calendars/{calendarId}/events/{eventId}", (HttpContext context, string eventId) => PatchAsync(context, eventId));
        calendar.MapDelete("/calendars/{calendarId}/events/{eventId}", (HttpContext context, string eventId) => Faulted("delete") ?? Delete(Account(context), eventId));
        calendar.MapPost("/freeBusy", (HttpContext context, CancellationToken cancellationToken) => FreeBusyAsync(context));
    }

    /// <summary>The consent page, approving at once: back to the app's redirect URI with a code (or the error) and the state.</summary>
    private IResult Consent(HttpRequest request)
    {
        var query = request.Query;
        var redirect = query["redirect_uri"].ToString();
        if (query["client_id"] != clientId || redirect.Length == 0 || query["response_type"] != "code" || query["code_challenge_method"] != "S256")
        {
            return Results.BadRequest("invalid_request");
        }

        var state = Uri.EscapeDataString(query["state"].ToString());
        if (ConsentError is { } error)
        {
            ConsentError = null;
            return Results.Redirect($"{redirect}?error={error}&state={state}");
        }

        var code = "4/" + Random(24);
        var scopes = ConsentScopes ?? query["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        codes[code] = new PendingCode(ConsentAccount, redirect, query["code_challenge"].ToString(), scopes, query["access_type"] == "offline");
        return Results.Redirect($"{redirect}?code={Uri.EscapeDataString(code)}&state={state}&scope={Uri.EscapeDataString(string.Join(' ', scopes))}");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (!ClientAuthenticated(request, form))
        {
            return OAuthError("invalid_client", "The OAuth client was not found.", 401);
        }

        return form["grant_type"].ToString() switch
        {
            "authorization_code" => Exchange(form),
            "refresh_token" => Refresh(form["refresh_token"].ToString()),
            _ => OAuthError("unsupported_grant_type", "Invalid grant_type."),
        };
    }

    private IResult Exchange(IFormCollection form)
    {
        if (!codes.TryRemove(form["code"].ToString(), out var pending) || pending.RedirectUri != form["redirect_uri"]
            || Challenge(form["code_verifier"].ToString()) != pending.CodeChallenge)
        {
            return OAuthError("invalid_grant", "Malformed auth code.");
        }

        var grant = new FakeGoogleGrant(pending.Account, "1//" + Random(40), pending.Scopes);
        grants[grant.RefreshToken] = grant;
        var answer = AccessAnswer(grant);
        if (pending.Offline)
        {
            answer["refresh_token"] = grant.RefreshToken;
        }

        return Results.Json(answer);
    }

    private IResult Refresh(string refreshToken) =>
        grants.TryGetValue(refreshToken, out var grant) && grant.IsLive
            ? Results.Json(AccessAnswer(grant))
            : OAuthError("invalid_grant", "Token has been expired or revoked.");

    private async Task<IResult> RevokeAsync(HttpRequest request)
    {
        var token = request.Query["token"].ToString();
        if (token.Length == 0 && request.HasFormContentType)
        {
            token = (await request.ReadFormAsync())["token"].ToString();
        }

        if (!grants.TryGetValue(token, out var grant) || !grant.IsLive)
        {
            return OAuthError("invalid_token", "Token expired or revoked.");
        }

        grant.IsLive = false;
        ForgetAccessTokensOf(grant.Account);
        return Results.Ok();
    }

    private async Task<IResult> InsertAsync(HttpContext context)
    {
        var fault = NextFault("insert");
        if (fault is { AfterWrite: false })
        {
            return Answer(fault);
        }

        var body = await JsonNode.ParseAsync(context.Request.Body) ?? new JsonObject();
        var id = (string?)body["id"] ?? Random(26).ToLowerInvariant();
        if (id.Length is < 5 or > 1024 || !id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'v'))
        {
            return Error(400, "invalid", "Invalid resource id value.");
        }

        var created = Read(Account(context), id, body, existing: null);
        var added = events.TryAdd((created.Account, id), created);
        return fault is not null ? Answer(fault)
            : added ? Results.Json(Json(created)) : Error(409, "duplicate", "The requested identifier already exists.");
    }

    private async Task<IResult> PatchAsync(HttpContext context, string eventId)
    {
        if (Faulted("patch") is { } fault)
        {
            return fault;
        }

        var account = Account(context);
        if (!events.TryGetValue((account, eventId), out var existing))
        {
            return Error(404, "notFound", "Not Found");
        }

        var patched = events[(account, eventId)] = Read(account, eventId, await JsonNode.ParseAsync(context.Request.Body) ?? new JsonObject(), existing);
        return Results.Json(Json(patched));
    }

    private IResult Delete(string account, string eventId)
    {
        if (!events.TryGetValue((account, eventId), out var existing))
        {
            return Error(404, "notFound", "Not Found");
        }

        if (existing.IsCancelled)
        {
            return Error(410, "deleted", "Resource has been deleted");
        }

        events[(account, eventId)] = existing with { Status = "cancelled" };
        return Results.NoContent();
    }

    private async Task<IResult> FreeBusyAsync(HttpContext context)
    {
        if (Faulted("freeBusy") is { } fault)
        {
            return fault;
        }

        await Task.Delay(FreeBusyDelay, context.RequestAborted);
        var query = await JsonNode.ParseAsync(context.Request.Body) ?? new JsonObject();
        var from = DateTimeOffset.Parse((string)query["timeMin"]!, System.Globalization.CultureInfo.InvariantCulture);
        var to = DateTimeOffset.Parse((string)query["timeMax"]!, System.Globalization.CultureInfo.InvariantCulture);
        var account = Account(context);
        var periods = events.Values.Where(e => e.Account == account && !e.IsCancelled).Select(e => (e.Start, e.End))
            .Concat(busy.Where(b => b.Account == account).Select(b => (b.Start, b.End)))
            .Where(p => p.Start < to && from < p.End)
            .OrderBy(p => p.Start)
            .Aggregate(new List<(DateTimeOffset Start, DateTimeOffset End)>(), (merged, next) =>
            {
                if (merged.Count > 0 && next.Start <= merged[^1].End)
                {
                    merged[^1] = (merged[^1].Start, next.End > merged[^1].End ? next.End : merged[^1].End);
                }
                else
                {
                    merged.Add(next);
                }

                return merged;
            });
        var calendars = new JsonObject();
        foreach (var item in query["items"]?.AsArray() ?? [])
        {
            calendars[(string)item!["id"]!] = new JsonObject
            {
                ["busy"] = new JsonArray([.. periods.Select(p => (JsonNode)new JsonObject { ["start"] = Utc(p.Start), ["end"] = Utc(p.End) })]),
            };
        }

        return Results.Json(new JsonObject { ["kind"] = "calendar#freeBusy", ["timeMin"] = Utc(from), ["timeMax"] = Utc(to), ["calendars"] = calendars });
    }

    private IResult? Authorized(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) && accessTokens.TryGetValue(header[7..], out var token) && token.ExpiresAt > now()
            ? null
            : Error(401, "authError", "Invalid Credentials");
    }

    private string Account(HttpContext context) => accessTokens[context.Request.Headers.Authorization.ToString()[7..]].Account;

    private IResult? Faulted(string operation) => NextFault(operation) is { } fault ? Answer(fault) : null;

    /// <summary>The next scripted fault, if it is for <paramref name="operation"/>.</summary>
    private FakeGoogleFault? NextFault(string operation)
    {
        lock (faults)
        {
            return faults.TryPeek(out var fault) && (fault.Operation is null || fault.Operation == operation) && faults.TryDequeue(out fault) ? fault : null;
        }
    }

    private static IResult Answer(FakeGoogleFault fault)
    {
        if (fault.RetryAfterSeconds is { } seconds)
        {
            return new RetryAfter(Error(fault.Status, fault.Reason, fault.Reason), seconds);
        }

        return Error(fault.Status, fault.Reason, fault.Reason);
    }

    private JsonObject AccessAnswer(FakeGoogleGrant grant)
    {
        var accessToken = "ya29." + Random(40);
        accessTokens[accessToken] = (grant.Account, now().AddHours(1));
        return new JsonObject
        {
            ["access_token"] = accessToken,
            ["expires_in"] = 3599,
            ["token_type"] = "Bearer",
            ["scope"] = string.Join(' ', grant.Scopes),
        };
    }

    private void ForgetAccessTokensOf(string account)
    {
        foreach (var token in accessTokens.Where(t => t.Value.Account == account).Select(t => t.Key).ToList())
        {
            accessTokens.TryRemove(token, out _);
        }
    }

    private bool ClientAuthenticated(HttpRequest request, IFormCollection form)
    {
        var (id, secret) = (form["client_id"].ToString(), form["client_secret"].ToString());
        var basic = request.Headers.Authorization.ToString();
        if (basic.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(basic[6..])).Split(':', 2);
            (id, secret) = (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair.ElementAtOrDefault(1) ?? string.Empty));
        }

        return id == clientId && secret == clientSecret;
    }

    private static FakeCalendarEvent Read(string account, string id, JsonNode body, FakeCalendarEvent? existing) => new(
        account,
        id,
        (string?)body["summary"] ?? existing?.Summary ?? string.Empty,
        (string?)body["description"] ?? existing?.Description ?? string.Empty,
        body["start"]?["dateTime"] is { } start ? DateTimeOffset.Parse((string)start!, System.Globalization.CultureInfo.InvariantCulture) : existing!.Start,
        body["end"]?["dateTime"] is { } end ? DateTimeOffset.Parse((string)end!, System.Globalization.CultureInfo.InvariantCulture) : existing!.End,
        (string?)body["start"]?["timeZone"] ?? existing?.TimeZone ?? "UTC",
        (string?)body["status"] ?? existing?.Status ?? "confirmed");

    private static JsonObject Json(FakeCalendarEvent e) => new()
    {
        ["kind"] = "calendar#event",
        ["id"] = e.Id,
        ["status"] = e.Status,
        ["summary"] = e.Summary,
        ["description"] = e.Description,
        ["start"] = new JsonObject { ["dateTime"] = e.Start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = e.TimeZone },
        ["end"] = new JsonObject { ["dateTime"] = e.End.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = e.TimeZone },
    };

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string Challenge(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Random(int length) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(length))[..length];

    private static IResult Error(int status, string reason, string message) => Results.Json(new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject { ["domain"] = status == 429 || reason.Contains("RateLimit", StringComparison.Ordinal) ? "usageLimits" : "global",
                ["reason"] = reason, ["message"] = message }),
            ["code"] = status,
            ["message"] = message,
        },
    }, statusCode: status);

    private static IResult OAuthError(string error, string description, int status = 400) =>
        Results.Json(new JsonObject { ["error"] = error, ["error_description"] = description }, statusCode: status);

    private sealed record PendingCode(string Account, string RedirectUri, string CodeChallenge, IReadOnlyList<string> Scopes, bool Offline);

    private sealed class RetryAfter(IResult inner, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
