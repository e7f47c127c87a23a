namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>One page of the audit trail, newest first; pass <see cref="Continuation"/> back for the next.</summary>
public sealed record AuditPageResponse(IReadOnlyList<AuditEntryResponse> Items, string? Continuation);
