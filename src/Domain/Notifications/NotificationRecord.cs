using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Notifications;

/// <summary>
/// The record of one notification (one recipient, one channel), keyed by its de-duplication key. It is
/// created before anything is sent, so a second delivery of the same notification finds it and sends
/// nothing; the delivery that created it (its <see cref="Owner"/>) sends and settles it.
/// </summary>
public sealed class NotificationRecord
{
    /// <summary>Restores a record as stored.</summary>
    /// <param name="key">The de-duplication key.</param>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="bookingId">The booking it is about; empty for a notice about a staff member (a calendar that stopped working).</param>
    /// <param name="kind">What it tells.</param>
    /// <param name="recipient">Who it is for.</param>
    /// <param name="channel">How it travels.</param>
    /// <param name="state">Where it stands.</param>
    /// <param name="attempts">How many deliveries tried to send it.</param>
    /// <param name="owner">The queue message whose deliveries may send it.</param>
    /// <param name="updatedAt">When it last changed.</param>
    /// <param name="providerId">The provider's id of the sent message (SMTP Message-Id, Twilio SID), once sent.</param>
    /// <param name="detail">Why it was skipped or failed; never personal data.</param>
    /// <param name="version">The store's concurrency token; null before it is first stored.</param>
    public NotificationRecord(
        string key,
        string tenantId,
        string bookingId,
        NotificationKind kind,
        NotificationRecipient recipient,
        NotificationChannel channel,
        NotificationState state,
        int attempts,
        string owner,
        Instant updatedAt,
        string? providerId = null,
        string? detail = null,
        string? version = null)
    {
        Key = Preconditions.CheckNotBlank(key, nameof(key));
        TenantId = Preconditions.CheckNotBlank(tenantId, nameof(tenantId));
        BookingId = Preconditions.CheckNotNull(bookingId, nameof(bookingId));
        Kind = kind;
        Recipient = recipient;
        Channel = channel;
        State = state;
        Attempts = Preconditions.CheckRange(attempts, 0, int.MaxValue, nameof(attempts));
        Owner = Preconditions.CheckNotBlank(owner, nameof(owner));
        Preconditions.CheckArgument(state != NotificationState.Sent || !string.IsNullOrEmpty(providerId), nameof(providerId),
            "is required once the notification is sent.");
        UpdatedAt = updatedAt;
        ProviderId = providerId;
        Detail = detail;
        Version = version;
    }

    /// <summary>The de-duplication key: the same for every delivery of the same notification.</summary>
    public string Key { get; }

    /// <summary>The tenant.</summary>
    public string TenantId { get; }

    /// <summary>The booking it is about.</summary>
    public string BookingId { get; }

    /// <summary>What it tells.</summary>
    public NotificationKind Kind { get; }

    /// <summary>Who it is for.</summary>
    public NotificationRecipient Recipient { get; }

    /// <summary>How it travels.</summary>
    public NotificationChannel Channel { get; }

    /// <summary>Where it stands.</summary>
    public NotificationState State { get; }

    /// <summary>How many deliveries tried to send it.</summary>
    public int Attempts { get; }

    /// <summary>The queue message whose deliveries may send it: a retry of that message carries on, another message with the same key does not.</summary>
    public string Owner { get; }

    /// <summary>When it last changed.</summary>
    public Instant UpdatedAt { get; }

    /// <summary>The provider's id of the sent message.</summary>
    public string? ProviderId { get; }

    /// <summary>Why it was skipped or failed.</summary>
    public string? Detail { get; }

    /// <summary>The store's concurrency token.</summary>
    public string? Version { get; }

    /// <summary>Whether nothing more will be done with it: sent, failed or skipped.</summary>
    public bool IsSettled => State != NotificationState.Sending;

    /// <summary>A new record, claimed by the delivery of queue message <paramref name="owner"/> for its first attempt.</summary>
    public static NotificationRecord Claim(
        string key, string tenantId, string bookingId, NotificationKind kind, NotificationRecipient recipient, NotificationChannel channel,
        string owner, Instant now) =>
        new(key, tenantId, bookingId, kind, recipient, channel, NotificationState.Sending, 1, owner, now);

    /// <summary>Whether a delivery of queue message <paramref name="messageId"/> may (re)try to send it.</summary>
    public bool IsOwnedBy(string messageId) => State == NotificationState.Sending && Owner == messageId;

    /// <summary>The record claimed again by its owner's next delivery: one more attempt.</summary>
    public NotificationRecord Retry(Instant now) => With(NotificationState.Sending, now, attempts: Attempts + 1);

    /// <summary>The record of a message the provider accepted.</summary>
    public NotificationRecord Sent(string providerId, Instant now) => With(NotificationState.Sent, now, providerId: providerId);

    /// <summary>The record of a notification that will not be sent; <paramref name="reason"/> holds no personal data.</summary>
    public NotificationRecord Failed(string reason, Instant now) => With(NotificationState.Failed, now, detail: reason);

    /// <summary>The record of a notification deliberately not sent; <paramref name="reason"/> holds no personal data.</summary>
    public NotificationRecord Skipped(string reason, Instant now) => With(NotificationState.Skipped, now, detail: reason);

    /// <summary>This state as the store returned it, with its new concurrency token.</summary>
    public NotificationRecord Stored(string version) =>
        new(Key, TenantId, BookingId, Kind, Recipient, Channel, State, Attempts, Owner, UpdatedAt, ProviderId, Detail, version);

    private NotificationRecord With(NotificationState state, Instant now, int? attempts = null, string? providerId = null, string? detail = null)
    {
        if (IsSettled)
        {
            throw new InvalidOperationException($"Notification {Key} is already {State}.");
        }

        return new(Key, TenantId, BookingId, Kind, Recipient, Channel, state, attempts ?? Attempts, Owner, now, providerId, detail, Version);
    }
}
