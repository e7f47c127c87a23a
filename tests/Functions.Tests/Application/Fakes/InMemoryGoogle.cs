using AppointmentBooking.Domain.Calendar;
using NodaTime;

namespace AppointmentBooking.Functions.Tests.Application.Fakes;

/// <summary>A calendar provider in memory: every refresh token works, and free/busy answers the busy periods a test sets.</summary>
internal sealed class InMemoryGoogle(IClock clock) : ICalendarAuthorization, ICalendarEvents
{
    private readonly List<Interval> busy = [];

    public bool IsConfigured => true;

    public IReadOnlyList<string> RequiredScopes { get; } = ["events", "freebusy"];

    public int FreeBusyCalls { get; private set; }

    public void AddBusy(Instant start, Instant end) => busy.Add(new Interval(start, end));

    public ConsentRequest StartConsent(string state) => new(new Uri("https://consent.example.test/?state=" + Uri.EscapeDataString(state)), "verifier");

    public Task<CalendarGrant> ExchangeAsync(string code, string codeVerifier, CancellationToken cancellationToken) =>
        Task.FromResult(new CalendarGrant("refresh-" + code, new AccessGrant("access", clock.GetCurrentInstant() + Duration.FromHours(1)), RequiredScopes));

    public Task<AccessGrant> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        Task.FromResult(new AccessGrant("access", clock.GetCurrentInstant() + Duration.FromHours(1)));

    public Task RevokeAsync(string token, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<ExistingEvent?> FindAsync(string accessToken, string calendarId, string eventId, CancellationToken cancellationToken) =>
        Task.FromResult<ExistingEvent?>(null);

    public Task<bool> InsertAsync(string accessToken, string calendarId, CalendarEvent calendarEvent, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    public Task UpdateAsync(string accessToken, string calendarId, CalendarEvent calendarEvent, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DeleteAsync(string accessToken, string calendarId, string eventId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<Interval>> BusyAsync(string accessToken, string calendarId, Interval range, CancellationToken cancellationToken)
    {
        FreeBusyCalls++;
        return Task.FromResult<IReadOnlyList<Interval>>([.. busy.Where(b => b.Start < range.End && range.Start < b.End)]);
    }
}
