namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>Who made an audited change.</summary>
public sealed record AuditActorDocument(string MemberId, string Issuer, string Subject, string? Email);
