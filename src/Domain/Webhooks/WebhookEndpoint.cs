using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Tenants;
using NodaTime;

namespace AppointmentBooking.Domain.Webhooks;

/// <summary>
/// A URL where a tenant's own systems hear of its events. Each delivery is signed with the endpoint's
/// secret, which is stored sealed and shown to the owner once, when the endpoint is made. An endpoint
/// whose deliveries keep failing for a day is disabled until the owner enables it again.
/// </summary>
public sealed class WebhookEndpoint
{
    private const int MaxUrlLength = 2000;
    private const int MaxDescriptionLength = 500;
    private readonly HashSet<BookingEventKind> events;

    /// <summary>Creates an endpoint; every argument is checked and a failure names its field.</summary>
    /// <param name="id">The endpoint id.</param>
    /// <param name="url">An absolute http(s) URL without credentials in it.</param>
    /// <param name="events">The events it receives; empty means every event.</param>
    /// <param name="secret">The signing secret, sealed.</param>
    /// <param name="createdAt">When it was registered.</param>
    /// <param name="description">What it is for, for the owner's own reference.</param>
    /// <param name="disabled">Why and when it was disabled; null while it receives events.</param>
    public WebhookEndpoint(
        string id, Uri url, IEnumerable<BookingEventKind> events, SealedSecret secret, Instant createdAt, string? description = null,
        EndpointDisabled? disabled = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Url = CheckUrl(url);
        this.events = [.. Preconditions.CheckNotNull(events, nameof(events))];
        Secret = Preconditions.CheckNotNull(secret, nameof(secret));
        CreatedAt = createdAt;
        Preconditions.CheckArgument(description is null || description.Length <= MaxDescriptionLength, nameof(description),
            $"must be at most {MaxDescriptionLength} characters.");
        Description = string.IsNullOrWhiteSpace(description) ? null : description;
        Disabled = disabled;
    }

    /// <summary>The endpoint id.</summary>
    public string Id { get; }

    /// <summary>Where deliveries are posted.</summary>
    public Uri Url { get; }

    /// <summary>The events it receives; empty means every event.</summary>
    public IReadOnlySet<BookingEventKind> Events => events;

    /// <summary>The signing secret, sealed.</summary>
    public SealedSecret Secret { get; }

    /// <summary>When it was registered.</summary>
    public Instant CreatedAt { get; }

    /// <summary>What it is for.</summary>
    public string? Description { get; }

    /// <summary>Why and when it was disabled; null while it receives events.</summary>
    public EndpointDisabled? Disabled { get; }

    /// <summary>Whether it receives events now.</summary>
    public bool IsEnabled => Disabled is null;

    /// <summary>Whether an event of <paramref name="kind"/> is delivered here.</summary>
    public bool Wants(BookingEventKind kind) => IsEnabled && (events.Count == 0 || events.Contains(kind));

    /// <summary>The endpoint disabled for <paramref name="reason"/>; one already disabled stays as it was.</summary>
    public WebhookEndpoint Disable(string reason, Instant now) =>
        Disabled is not null ? this : new WebhookEndpoint(Id, Url, events, Secret, CreatedAt, Description, new EndpointDisabled(reason, now));

    /// <summary>The endpoint as the owner edited it (URL, events, description, enabled), keeping its secret and creation time.</summary>
    /// <param name="url">The new URL.</param>
    /// <param name="kinds">The events it receives.</param>
    /// <param name="description">What it is for.</param>
    /// <param name="enabled">False disables it; true enables a disabled one again.</param>
    /// <param name="now">When the edit is made.</param>
    public WebhookEndpoint Edited(Uri url, IEnumerable<BookingEventKind> kinds, string? description, bool enabled, Instant now) =>
        new(Id, url, kinds, Secret, CreatedAt, description,
            enabled ? null : Disabled ?? new EndpointDisabled("Disabled by the owner.", now));

    private static Uri CheckUrl(Uri? url)
    {
        Preconditions.CheckNotNull(url, nameof(url));
        Preconditions.CheckArgument(url!.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp), nameof(url),
            "must be an absolute http or https URL.");
        Preconditions.CheckArgument(string.IsNullOrEmpty(url.UserInfo), nameof(url), "must not carry a user name or password.");
        Preconditions.CheckArgument(string.IsNullOrEmpty(url.Fragment), nameof(url), "must not have a fragment.");
        Preconditions.CheckArgument(url.AbsoluteUri.Length <= MaxUrlLength, nameof(url), $"must be at most {MaxUrlLength} characters.");
        return url;
    }
}
