using AppointmentBooking.Domain.Members;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>One member in a roster; issuer, subject and joinedAt are null while the invitation is open.</summary>
public sealed record MemberDocument(
    string Id, string? Email, Role Role, string? StaffId, string? Issuer, string? Subject, Instant InvitedAt, Instant? JoinedAt, string? Name);
