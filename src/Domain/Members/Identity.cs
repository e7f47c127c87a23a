using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Members;

/// <summary>A person as a trusted identity provider vouched for them in a verified token.</summary>
/// <param name="Issuer">The token's issuer.</param>
/// <param name="Subject">The person's id at that issuer; with <see cref="Issuer"/>, the key of a membership.</param>
/// <param name="Email">The e-mail address the issuer gave, lower-cased, if any.</param>
/// <param name="EmailVerified">Whether the issuer vouched for the e-mail address; only then does it accept an invitation.</param>
/// <param name="Name">The display name the issuer gave, if any.</param>
public sealed record Identity(string Issuer, string Subject, string? Email, bool EmailVerified, string? Name)
{
    /// <summary>Whether this is the person a member was bound to.</summary>
    public bool Is(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Issuer == Issuer && member.Subject == Subject;
    }

    /// <summary>The verified e-mail address, or null when the issuer did not vouch for one.</summary>
    public string? VerifiedEmail => EmailVerified ? Email : null;

    /// <summary>Checks that issuer and subject are present.</summary>
    public static Identity Of(string? issuer, string? subject, string? email, bool emailVerified, string? name) =>
        new(Preconditions.CheckNotBlank(issuer, "iss"), Preconditions.CheckNotBlank(subject, "sub"),
            string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant(), emailVerified, name);
}
