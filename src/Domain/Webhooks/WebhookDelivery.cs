using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Events;
using NodaTime;

namespace AppointmentBooking.Domain.Webhooks;

/// <summary>
/// One event on its way to one endpoint: the exact body every try posts, and every try with the
/// endpoint's answer. Tried until the endpoint answers 2xx or the retry schedule runs out.
/// </summary>
public sealed class WebhookDelivery
{
    private readonly DeliveryAttempt[] attempts;

    /// <summary>Restores a delivery as stored.</summary>
    /// <param name="id">The delivery id; one per event and endpoint.</param>
    /// <param name="endpointId">The endpoint it goes to.</param>
    /// <param name="eventId">The event it carries.</param>
    /// <param name="kind">What kind of event.</param>
    /// <param name="body">The JSON body every try posts.</param>
    /// <param name="createdAt">When the event was handed to the endpoint.</param>
    /// <param name="state">Where it stands.</param>
    /// <param name="attempts">Every try, oldest first.</param>
    /// <param name="version">The store's concurrency token; null before it is first stored.</param>
    public WebhookDelivery(
        string id, string endpointId, string eventId, BookingEventKind kind, string body, Instant createdAt, DeliveryState state,
        IEnumerable<DeliveryAttempt> attempts, string? version = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        EndpointId = Preconditions.CheckNotBlank(endpointId, nameof(endpointId));
        EventId = Preconditions.CheckNotBlank(eventId, nameof(eventId));
        Kind = kind;
        Body = Preconditions.CheckNotBlank(body, nameof(body));
        CreatedAt = createdAt;
        State = state;
        this.attempts = [.. attempts ?? []];
        Version = version;
    }

    /// <summary>The delivery id.</summary>
    public string Id { get; }

    /// <summary>The endpoint it goes to.</summary>
    public string EndpointId { get; }

    /// <summary>The event it carries.</summary>
    public string EventId { get; }

    /// <summary>What kind of event.</summary>
    public BookingEventKind Kind { get; }

    /// <summary>The JSON body every try posts.</summary>
    public string Body { get; }

    /// <summary>When the event was handed to the endpoint.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Where it stands.</summary>
    public DeliveryState State { get; }

    /// <summary>Every try, oldest first.</summary>
    public IReadOnlyList<DeliveryAttempt> Attempts => attempts;

    /// <summary>The store's concurrency token.</summary>
    public string? Version { get; }

    /// <summary>The number the next try gets.</summary>
    public int NextAttempt => attempts.Length + 1;

    /// <summary>A new delivery of an event to an endpoint, not tried yet.</summary>
    public static WebhookDelivery For(string endpointId, BookingEvent bookingEvent, string body, Instant now)
    {
        ArgumentNullException.ThrowIfNull(bookingEvent);
        return new WebhookDelivery(IdFor(bookingEvent.Id, endpointId), endpointId, bookingEvent.Id, bookingEvent.Kind, body, now, DeliveryState.Pending, []);
    }

    /// <summary>The id of the delivery of an event to an endpoint: one delivery per pair, however often the event is handed out.</summary>
    public static string IdFor(string eventId, string endpointId) => $"dlv-{eventId}-{endpointId}";

    /// <summary>
    /// Records a try: delivered on 2xx; otherwise still pending with the time of the next try, or failed
    /// when <paramref name="schedule"/> has no further try.
    /// </summary>
    public DeliveryOutcome Record(DeliveryAttempt attempt, RetrySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(schedule);
        var tried = attempts.Append(attempt).ToArray();
        if (attempt.Succeeded)
        {
            return new DeliveryOutcome.Delivered(With(DeliveryState.Delivered, tried));
        }

        return schedule.NextTry(tried[0].At, attempt.At, tried.Length) is { } next
            ? new DeliveryOutcome.RetryAt(With(DeliveryState.Pending, tried), next)
            : new DeliveryOutcome.GaveUp(With(DeliveryState.Failed, tried));
    }

    /// <summary>The delivery given up because its endpoint is gone or disabled; a finished one stays as it is.</summary>
    public WebhookDelivery Abandon() => State == DeliveryState.Pending ? With(DeliveryState.Abandoned, attempts) : this;

    /// <summary>This state as the store returned it.</summary>
    public WebhookDelivery Stored(string version) => new(Id, EndpointId, EventId, Kind, Body, CreatedAt, State, attempts, version);

    private WebhookDelivery With(DeliveryState state, DeliveryAttempt[] tried) =>
        new(Id, EndpointId, EventId, Kind, Body, CreatedAt, state, tried, Version);
}
