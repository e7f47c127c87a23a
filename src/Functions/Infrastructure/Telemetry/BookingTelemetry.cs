using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace AppointmentBooking.Functions.Infrastructure.Telemetry;

/// <summary>
/// The booking funnel as telemetry: each step is a count on the <see cref="SourceName"/> meter, an
/// event on the current activity and a structured log that Azure Monitor stores as a custom event.
/// Built on System.Diagnostics and ILogger so it works with any exporter and tests can listen in.
/// Every property value is redacted first: no email or phone number leaves through here.
/// </summary>
public sealed class BookingTelemetry
{
    public const string SourceName = "AppointmentBooking";
    public const string EventsCounter = "booking.funnel.events";

    // Azure Monitor turns a log carrying this attribute into a customEvents row named by its value;
    // the name is fixed by the exporter, hence not PascalCase.
#pragma warning disable CA1727
    private static readonly Action<ILogger, string, string, string?, Exception?> LogEvent = LoggerMessage.Define<string, string, string?>(
        LogLevel.Information, new EventId(1, "BookingEvent"), "{microsoft.custom_event.name} for tenant {TenantId}, booking {BookingId}");
#pragma warning restore CA1727

    private readonly Counter<long> events;
    private readonly ILogger logger;

    public BookingTelemetry(IMeterFactory meters, ILogger<BookingTelemetry> logger)
    {
        events = meters.Create(SourceName).CreateCounter<long>(EventsCounter, "{event}", "Steps of the booking funnel, by event");
        this.logger = logger;
    }

    public void SlotsViewed(string tenantId, string serviceId, int count) =>
        Track(BookingEvents.SlotsViewed, tenantId, null, [new("serviceId", serviceId), new("slotCount", count)]);

    public void HoldCreated(string tenantId, string bookingId) => Track(BookingEvents.HoldCreated, tenantId, bookingId);

    public void Confirmed(string tenantId, string bookingId) => Track(BookingEvents.Confirmed, tenantId, bookingId);

    public void Cancelled(string tenantId, string bookingId) => Track(BookingEvents.Cancelled, tenantId, bookingId);

    public void Expired(string tenantId, string bookingId) => Track(BookingEvents.Expired, tenantId, bookingId);

    /// <summary>Any funnel step, for steps added later (payments) without changing this class.</summary>
    public void Track(string eventName, string tenantId, string? bookingId, IEnumerable<KeyValuePair<string, object?>>? properties = null)
    {
        List<KeyValuePair<string, object?>> tags =
        [
            new("tenantId", tenantId),
            new("bookingId", bookingId),
            .. (properties ?? []).Select(PersonalDataRedactor.Redact),
        ];
        events.Add(1, new KeyValuePair<string, object?>("event", eventName), new KeyValuePair<string, object?>("tenantId", tenantId));
        Activity.Current?.AddEvent(new ActivityEvent(eventName, tags: new ActivityTagsCollection(tags)));
        using (logger.BeginScope(tags))
        {
            LogEvent(logger, eventName, tenantId, bookingId, null);
        }
    }
}
