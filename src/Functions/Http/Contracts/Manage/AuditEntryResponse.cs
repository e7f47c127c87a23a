namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>One change: who (member and e-mail), what, when, and each changed field before and after.</summary>
public sealed record AuditEntryResponse(
    string Id, string At, string MemberId, string? Email, string Action, string Resource, IReadOnlyList<FieldChangeResponse> Changes);
