using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Members;

/// <summary>
/// Everyone who may manage a tenant, kept together so that one conditional write decides rules over
/// all of them at once: two owners removing each other at the same moment cannot leave a tenant
/// without an owner. Immutable; every change returns the roster to store.
/// </summary>
public sealed class MemberRoster
{
    private const int MaxMembers = 500;
    private readonly Member[] members;

    /// <summary>Restores a roster as stored; e-mail addresses and identities are unique within it.</summary>
    public MemberRoster(string tenantId, IEnumerable<Member> members, string? version = null)
    {
        TenantId = Preconditions.CheckNotBlank(tenantId, nameof(tenantId));
        this.members = [.. Preconditions.CheckNotNull(members, nameof(members))];
        Preconditions.CheckArgument(this.members.Length <= MaxMembers, nameof(members), $"may hold at most {MaxMembers} members.");
        Preconditions.CheckArgument(Unique(this.members.Select(m => m.Id)), nameof(members), "member ids must be unique.");
        Preconditions.CheckArgument(Unique(this.members.Where(m => m.Email is not null).Select(m => m.Email!)), "email", "is already a member.");
        Preconditions.CheckArgument(Unique(this.members.Where(m => m.HasJoined).Select(m => $"{m.Issuer}\n{m.Subject}")), nameof(members),
            "an identity may be bound to one member only.");
        Version = version;
    }

    /// <summary>The tenant.</summary>
    public string TenantId { get; }

    /// <summary>The members, in the order they were added.</summary>
    public IReadOnlyList<Member> Members => members;

    /// <summary>The store's concurrency token; null before the roster is first stored.</summary>
    public string? Version { get; }

    /// <summary>The roster of a new tenant: its founder, as owner.</summary>
    public static MemberRoster Found(string tenantId, Identity founder, string memberId, Instant now)
    {
        ArgumentNullException.ThrowIfNull(founder);
        return new MemberRoster(tenantId, [new Member(memberId, founder.Email, Role.Owner, null, founder.Issuer, founder.Subject, now, now, founder.Name)]);
    }

    /// <summary>The member with that id, or null.</summary>
    public Member? Find(string memberId) => Array.Find(members, m => m.Id == memberId);

    /// <summary>
    /// The member <paramref name="identity"/> signs in as: the one bound to it, else the invitation
    /// addressed to its verified e-mail, which is accepted now (the roster changes).
    /// </summary>
    public RosterChange Admit(Identity identity, Instant now)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (Array.Find(members, identity.Is) is { } member)
        {
            return new RosterChange.Unchanged(member);
        }

        if (identity.VerifiedEmail is not { } email || Array.Find(members, m => !m.HasJoined && m.Email == email) is not { } invited)
        {
            return new RosterChange.NotFound();
        }

        var joined = invited.Joined(identity, now);
        return new RosterChange.Changed(Replace(invited.Id, joined), joined);
    }

    /// <summary>Invites <paramref name="email"/>; an address that already is a member is refused.</summary>
    public RosterChange Invite(string memberId, string email, Role role, string? staffId, Instant now)
    {
        var invited = new Member(memberId, Preconditions.CheckNotBlank(email, nameof(email)), role, staffId, null, null, now, null);
        return Array.Exists(members, m => m.Email == invited.Email)
            ? new RosterChange.Refused($"'{invited.Email}' is already a member or invited.")
            : new RosterChange.Changed(new MemberRoster(TenantId, members.Append(invited), Version), invited);
    }

    /// <summary>Gives a member another role (and staff record); the last owner keeps the owner role.</summary>
    public RosterChange Change(string memberId, Role role, string? staffId)
    {
        if (Find(memberId) is not { } member)
        {
            return new RosterChange.NotFound();
        }

        var changed = member.WithRole(role, staffId);
        if (changed == member)
        {
            return new RosterChange.Unchanged(member);
        }

        return IsLastOwner(member) && role != Role.Owner
            ? new RosterChange.Refused("The tenant's last owner cannot give up the owner role; make another member owner first.")
            : new RosterChange.Changed(Replace(memberId, changed), changed);
    }

    /// <summary>Removes a member; the last owner stays.</summary>
    public RosterChange Remove(string memberId)
    {
        if (Find(memberId) is not { } member)
        {
            return new RosterChange.NotFound();
        }

        return IsLastOwner(member)
            ? new RosterChange.Refused("The tenant's last owner cannot be removed; make another member owner first.")
            : new RosterChange.Changed(new MemberRoster(TenantId, members.Where(m => m.Id != memberId), Version), null);
    }

    /// <summary>This roster as the store returned it, with its new concurrency token.</summary>
    public MemberRoster Stored(string version) => new(TenantId, members, version);

    /// <summary>Only members who signed in count: an invitation nobody accepted cannot run the tenant.</summary>
    private bool IsLastOwner(Member member) =>
        member is { Role: Role.Owner, HasJoined: true } && members.Count(m => m is { Role: Role.Owner, HasJoined: true }) == 1;

    private MemberRoster Replace(string memberId, Member replacement) =>
        new(TenantId, members.Select(m => m.Id == memberId ? replacement : m), Version);

    private static bool Unique(IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count == list.Distinct(StringComparer.Ordinal).Count();
    }
}
