namespace AppointmentBooking.Domain.Audit;

/// <summary>Who made a change: the member and the identity they signed in with.</summary>
/// <param name="MemberId">The member id in the tenant.</param>
/// <param name="Issuer">The identity's issuer.</param>
/// <param name="Subject">The identity's subject.</param>
/// <param name="Email">The member's e-mail address, if known.</param>
public sealed record AuditActor(string MemberId, string Issuer, string Subject, string? Email);
