namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A disconnected calendar; <paramref name="Revoked"/> is false when Google could not confirm the revocation (revoke it in the Google account).</summary>
public sealed record CalendarDisconnectedResponse(string StaffId, string Status, bool Revoked);
