namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>
/// A staff member's calendar connection: <c>notConnected</c>, <c>connected</c> or <c>needsReconnect</c>
/// (Google refused the grant; bookings go on without the calendar until the staff member connects again).
/// The grant itself is never shown.
/// </summary>
public sealed record CalendarConnectionResponse(
    string StaffId,
    string Status,
    string? Provider = null,
    string? CalendarId = null,
    string? ConnectedAt = null,
    string? ConnectedBy = null,
    IReadOnlyList<string>? Scopes = null,
    string? NeedsReconnectSince = null,
    string? Reason = null,
    bool? OwnerNotified = null);
