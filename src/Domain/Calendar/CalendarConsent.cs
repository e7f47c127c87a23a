using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Calendar;

/// <summary>
/// A consent that was started and not yet completed: who asked for which staff member's calendar,
/// and the PKCE verifier that only the app knows. Completing it removes it, so a consent answer is
/// accepted once.
/// </summary>
/// <param name="Id">Random; travels in the signed <c>state</c>.</param>
/// <param name="TenantId">The tenant.</param>
/// <param name="StaffId">The staff member whose calendar is being connected.</param>
/// <param name="MemberId">The member who started it.</param>
/// <param name="CodeVerifier">The PKCE code verifier of the consent request.</param>
/// <param name="ExpiresAt">After this the answer is refused.</param>
public sealed record CalendarConsent(string Id, string TenantId, string StaffId, string MemberId, string CodeVerifier, Instant ExpiresAt)
{
    /// <summary>The longest a person may take on the provider's consent page.</summary>
    public static readonly Duration Lifetime = Duration.FromMinutes(10);

    /// <summary>Starts a consent for <paramref name="staffId"/> on behalf of <paramref name="memberId"/>.</summary>
    public static CalendarConsent Start(string id, string tenantId, string staffId, string memberId, string codeVerifier, Instant now) => new(
        Preconditions.CheckNotBlank(id, nameof(id)),
        Preconditions.CheckNotBlank(tenantId, nameof(tenantId)),
        Preconditions.CheckNotBlank(staffId, nameof(staffId)),
        Preconditions.CheckNotBlank(memberId, nameof(memberId)),
        Preconditions.CheckNotBlank(codeVerifier, nameof(codeVerifier)),
        now + Lifetime);

    /// <summary>Whether the answer may still be accepted at <paramref name="now"/>.</summary>
    public bool IsOpenAt(Instant now) => now < ExpiresAt;

    /// <inheritdoc />
    public override string ToString() => $"CalendarConsent({Id}, {TenantId}, {StaffId})";
}
