using System.Diagnostics.CodeAnalysis;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Tenants;
using NodaTime;

namespace AppointmentBooking.Domain.Calendar;

/// <summary>
/// A staff member's calendar, connected through the provider's consent: the grant (a sealed refresh
/// token, never a plain one), who connected it and when, and whether it still works. A grant the
/// provider refuses is never deleted silently: the connection is marked as needing a reconnect, the
/// owner is told once, and bookings go on without the calendar until the staff member connects again.
/// </summary>
public sealed class CalendarConnection
{
    private readonly string[] scopes;

    /// <summary>Restores a connection as stored.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="staffId">The staff member whose calendar it is.</param>
    /// <param name="calendarId">The provider's id of the calendar bookings go to (<c>primary</c>: the account's own).</param>
    /// <param name="refreshToken">The grant, sealed by the application.</param>
    /// <param name="scopes">What the grant allows, as the provider reported it.</param>
    /// <param name="connectedAt">When the staff member (or a manager for them) gave consent.</param>
    /// <param name="connectedBy">The member who gave consent.</param>
    /// <param name="status">Whether the grant still works.</param>
    /// <param name="lostAt">When the provider refused the grant; set exactly when a reconnect is needed.</param>
    /// <param name="lostReason">The provider's error code, never a token.</param>
    /// <param name="ownerToldAt">When the owners' notification was queued.</param>
    /// <param name="version">The store's concurrency token; null before it is first stored.</param>
    public CalendarConnection(
        string tenantId,
        string staffId,
        string calendarId,
        SealedSecret refreshToken,
        IEnumerable<string> scopes,
        Instant connectedAt,
        string connectedBy,
        CalendarConnectionStatus status = CalendarConnectionStatus.Connected,
        Instant? lostAt = null,
        string? lostReason = null,
        Instant? ownerToldAt = null,
        string? version = null)
    {
        TenantId = Preconditions.CheckNotBlank(tenantId, nameof(tenantId));
        StaffId = Preconditions.CheckNotBlank(staffId, nameof(staffId));
        CalendarId = Preconditions.CheckNotBlank(calendarId, nameof(calendarId));
        RefreshToken = Preconditions.CheckNotNull(refreshToken, nameof(refreshToken));
        this.scopes = [.. Preconditions.CheckNotNull(scopes, nameof(scopes))];
        ConnectedAt = connectedAt;
        ConnectedBy = Preconditions.CheckNotBlank(connectedBy, nameof(connectedBy));
        Preconditions.CheckArgument(Enum.IsDefined(status), nameof(status), "must be connected or needsReconnect.");
        Preconditions.CheckArgument((status == CalendarConnectionStatus.NeedsReconnect) == (lostAt is not null), nameof(lostAt),
            "is given exactly when the connection needs a reconnect.");
        Status = status;
        LostAt = lostAt;
        LostReason = lostReason;
        OwnerToldAt = ownerToldAt;
        Version = version;
    }

    /// <summary>The tenant.</summary>
    public string TenantId { get; }

    /// <summary>The staff member whose calendar it is.</summary>
    public string StaffId { get; }

    /// <summary>The provider's id of the calendar bookings go to.</summary>
    public string CalendarId { get; }

    /// <summary>The grant, sealed; only the token service opens it.</summary>
    public SealedSecret RefreshToken { get; }

    /// <summary>What the grant allows.</summary>
    public IReadOnlyList<string> Scopes => scopes;

    /// <summary>When consent was given.</summary>
    public Instant ConnectedAt { get; }

    /// <summary>The member who gave consent.</summary>
    public string ConnectedBy { get; }

    /// <summary>Whether the grant still works.</summary>
    public CalendarConnectionStatus Status { get; }

    /// <summary>When the provider refused the grant, if it did.</summary>
    public Instant? LostAt { get; }

    /// <summary>The provider's error code when it refused the grant.</summary>
    public string? LostReason { get; }

    /// <summary>When the owners' notification of the lost grant was queued.</summary>
    public Instant? OwnerToldAt { get; }

    /// <summary>The store's concurrency token; null before it is first stored.</summary>
    public string? Version { get; }

    /// <summary>Whether the staff member has to connect again before the calendar is used.</summary>
    public bool NeedsReconnect => Status == CalendarConnectionStatus.NeedsReconnect;

    /// <summary>Whether the owners still have to be told that the grant was lost.</summary>
    public bool OwesOwnerNotice => NeedsReconnect && OwnerToldAt is null;

    /// <summary>A new connection from consent just given; it replaces any earlier one of the staff member.</summary>
    public static CalendarConnection Connect(
        string tenantId, string staffId, string calendarId, SealedSecret refreshToken, IEnumerable<string> scopes, string memberId, Instant now) =>
        new(tenantId, staffId, calendarId, refreshToken, scopes, now, memberId);

    /// <summary>
    /// The connection once the provider refused its grant with <paramref name="reason"/>; false when it
    /// was already marked, so only the first writer tells the owners.
    /// </summary>
    public bool TryLose(Instant now, string reason, [NotNullWhen(true)] out CalendarConnection? lost)
    {
        lost = NeedsReconnect ? null : Copy(CalendarConnectionStatus.NeedsReconnect, now, Preconditions.CheckNotBlank(reason, nameof(reason)), null);
        return lost is not null;
    }

    /// <summary>The connection once the owners' notification is queued.</summary>
    public CalendarConnection OwnerTold(Instant now) => Copy(Status, LostAt, LostReason, now);

    /// <summary>This state as the store returned it, with its new concurrency token.</summary>
    public CalendarConnection Stored(string version) =>
        new(TenantId, StaffId, CalendarId, RefreshToken, scopes, ConnectedAt, ConnectedBy, Status, LostAt, LostReason, OwnerToldAt, version);

    private CalendarConnection Copy(CalendarConnectionStatus status, Instant? lostAt, string? lostReason, Instant? ownerToldAt) =>
        new(TenantId, StaffId, CalendarId, RefreshToken, scopes, ConnectedAt, ConnectedBy, status, lostAt, lostReason, ownerToldAt, Version);
}
