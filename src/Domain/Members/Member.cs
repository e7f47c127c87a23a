using System.Security.Cryptography;
using System.Text;
using AppointmentBooking.Domain.Common;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Domain.Members;

/// <summary>
/// A person's membership of a tenant: invited by e-mail, then bound to the identity (issuer and
/// subject) that signed in with that verified address. Staff members name the staff record that is theirs.
/// </summary>
public sealed record Member
{
    private const int MaxNameLength = 200;

    /// <summary>Creates a member; every argument is checked and a failure names its field.</summary>
    /// <param name="id">The member id, unique in the tenant.</param>
    /// <param name="email">The address the invitation went to, or the identity's; required until an identity is bound.</param>
    /// <param name="role">What the member may do.</param>
    /// <param name="staffId">The staff record that is the member's own; required for <see cref="Role.Staff"/>.</param>
    /// <param name="issuer">The issuer of the bound identity; null while invited.</param>
    /// <param name="subject">The subject of the bound identity; null while invited.</param>
    /// <param name="invitedAt">When the member was invited (or founded the tenant).</param>
    /// <param name="joinedAt">When the identity was bound; null while invited.</param>
    /// <param name="name">The display name the identity provider gave, if any.</param>
    public Member(
        string id, string? email, Role role, string? staffId, string? issuer, string? subject, Instant invitedAt, Instant? joinedAt,
        string? name = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Email = EmailAddress.NormaliseOrNull(email, nameof(email));
        Preconditions.CheckArgument(Enum.IsDefined(role), nameof(role), "must be owner, manager or staff.");
        Role = role;
        StaffId = string.IsNullOrWhiteSpace(staffId) ? null : staffId;
        Preconditions.CheckArgument(role != Role.Staff || StaffId is not null, nameof(staffId), "is required for the staff role.");
        Preconditions.CheckArgument((issuer is null) == (subject is null) && (subject is null) == (joinedAt is null), nameof(subject),
            "issuer, subject and joinedAt are given together, once the member signed in.");
        Preconditions.CheckArgument(Email is not null || subject is not null, nameof(email), "is required for an invitation.");
        Issuer = issuer;
        Subject = subject;
        InvitedAt = invitedAt;
        JoinedAt = joinedAt;
        Name = name is { Length: > MaxNameLength } ? name[..MaxNameLength] : name;
    }

    /// <summary>The member id.</summary>
    public string Id { get; }

    /// <summary>The member's e-mail address, lower-cased, if known.</summary>
    public string? Email { get; }

    /// <summary>What the member may do.</summary>
    public Role Role { get; }

    /// <summary>The staff record that is the member's own, if any.</summary>
    public string? StaffId { get; }

    /// <summary>The issuer of the bound identity; null while invited.</summary>
    public string? Issuer { get; }

    /// <summary>The subject of the bound identity; null while invited.</summary>
    public string? Subject { get; }

    /// <summary>When the member was invited.</summary>
    public Instant InvitedAt { get; }

    /// <summary>When the member first signed in; null while invited.</summary>
    public Instant? JoinedAt { get; }

    /// <summary>The display name from the identity provider, if any.</summary>
    public string? Name { get; }

    /// <summary>Whether an identity is bound (the invitation was accepted).</summary>
    public bool HasJoined => Subject is not null;

    /// <summary>Whether the member may do what <paramref name="required"/> may.</summary>
    public bool Holds(Role required) => Role >= required;

    /// <summary>
    /// A fingerprint of the member's state, for optimistic concurrency on one member: it changes
    /// when this member changes, not when another member of the same tenant does.
    /// </summary>
    public string Version
    {
        get
        {
            var text = string.Join('\n', Id, Email, Role, StaffId, Issuer, Subject, InstantPattern.ExtendedIso.Format(InvitedAt),
                JoinedAt is { } joined ? InstantPattern.ExtendedIso.Format(joined) : string.Empty);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..20];
        }
    }

    /// <summary>The member bound to <paramref name="identity"/> at <paramref name="now"/>.</summary>
    public Member Joined(Identity identity, Instant now)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new Member(Id, Email ?? identity.Email, Role, StaffId, identity.Issuer, identity.Subject, InvitedAt, now, identity.Name);
    }

    /// <summary>The member with another role and staff record.</summary>
    public Member WithRole(Role role, string? staffId) => new(Id, Email, role, staffId, Issuer, Subject, InvitedAt, JoinedAt, Name);
}
