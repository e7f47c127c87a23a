using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Members;
using CsCheck;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Members;

public class MemberRosterTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 30, 8, 0);
    private static readonly Identity Founder = new("issuer", "founder", "founder@example.com", EmailVerified: true, "Founder");

    [Fact]
    public void A_new_tenant_has_its_founder_as_its_one_joined_owner()
    {
        var roster = MemberRoster.Found("tnt-1", Founder, "mbr-1", Now);

        var owner = Assert.IsType<RosterChange.Unchanged>(roster.Admit(Founder, Now)).Member;

        Assert.Equal((Role.Owner, true, "founder@example.com"), (owner.Role, owner.HasJoined, owner.Email));
    }

    [Fact]
    public void An_invitation_is_accepted_by_the_verified_email_it_was_sent_to_and_by_nothing_else()
    {
        var roster = Invite(MemberRoster.Found("tnt-1", Founder, "mbr-1", Now), "mbr-2", "Ann@Example.com", Role.Manager);
        var ann = new Identity("google", "ann-sub", "ann@example.com", EmailVerified: true, "Ann");

        Assert.IsType<RosterChange.NotFound>(roster.Admit(ann with { EmailVerified = false }, Now));
        Assert.IsType<RosterChange.NotFound>(roster.Admit(ann with { Email = "bob@example.com" }, Now));
        var joined = Assert.IsType<RosterChange.Changed>(roster.Admit(ann, Now));

        Assert.Equal(("mbr-2", Role.Manager, "ann-sub"), (joined.Member!.Id, joined.Member.Role, joined.Member.Subject));
        Assert.IsType<RosterChange.Unchanged>(joined.Roster.Admit(ann with { EmailVerified = false }, Now));
    }

    [Fact]
    public void An_address_already_in_the_roster_cannot_be_invited_again()
    {
        var roster = MemberRoster.Found("tnt-1", Founder, "mbr-1", Now);

        Assert.IsType<RosterChange.Refused>(roster.Invite("mbr-2", "FOUNDER@example.com", Role.Manager, null, Now));
    }

    [Fact]
    public void A_staff_member_needs_their_staff_record()
    {
        var roster = MemberRoster.Found("tnt-1", Founder, "mbr-1", Now);

        Assert.Equal("staffId", Assert.Throws<DomainValidationException>(() => roster.Invite("mbr-2", "s@example.com", Role.Staff, null, Now)).Field);
    }

    [Fact]
    public void A_members_version_changes_with_that_member_only()
    {
        var roster = Invite(Invite(MemberRoster.Found("tnt-1", Founder, "mbr-1", Now), "mbr-2", "a@example.com", Role.Manager), "mbr-3", "b@example.com", Role.Manager);
        var changed = Assert.IsType<RosterChange.Changed>(roster.Change("mbr-3", Role.Owner, null)).Roster;

        Assert.Equal(roster.Find("mbr-2")!.Version, changed.Find("mbr-2")!.Version);
        Assert.NotEqual(roster.Find("mbr-3")!.Version, changed.Find("mbr-3")!.Version);
    }

    /// <summary>
    /// The rule with a simple specification, checked over generated rosters and changes: a change or
    /// removal is refused exactly when it would leave no joined owner, and what is allowed never does.
    /// </summary>
    [Fact]
    public void No_change_ever_leaves_a_tenant_without_a_joined_owner_and_only_that_is_refused() =>
        Cases.Sample(c =>
        {
            var (roster, target, role, remove) = c;
            var change = remove ? roster.Remove(target) : roster.Change(target, role, role == Role.Staff ? "stf-1" : null);
            var after = roster.Members.Where(m => !(remove && m.Id == target))
                .Select(m => m.Id == target ? m.WithRole(role, m.StaffId ?? "stf-1") : m);
            var wouldBeOwnerless = !after.Any(m => m is { Role: Role.Owner, HasJoined: true });

            Assert.Equal(wouldBeOwnerless, change is RosterChange.Refused);
            if (change is RosterChange.Changed changed)
            {
                Assert.Contains(changed.Roster.Members, m => m is { Role: Role.Owner, HasJoined: true });
            }
        }, iter: 2000);

    private static readonly Gen<Member> MemberGen =
        from role in Gen.Int[0, 2].Select(i => (Role)i)
        from joined in Gen.Bool
        select new Member("placeholder", $"{Guid.NewGuid():N}@example.com", role, role == Role.Staff ? "stf-1" : null,
            joined ? "issuer" : null, joined ? Guid.NewGuid().ToString("N") : null, Now, joined ? Now : null);

    private static readonly Gen<(MemberRoster Roster, string Target, Role Role, bool Remove)> Cases =
        from others in MemberGen.Array[0, 4]
        from target in Gen.Int[0, 4]
        from role in Gen.Int[0, 2].Select(i => (Role)i)
        from remove in Gen.Bool
        let members = others.Select((m, i) => new Member($"mbr-{i + 2}", m.Email, m.Role, m.StaffId, m.Issuer, m.Subject, m.InvitedAt, m.JoinedAt))
            .Prepend(MemberRoster.Found("tnt-1", Founder, "mbr-1", Now).Members[0])
            .ToList()
        select (new MemberRoster("tnt-1", members), members[Math.Min(target, members.Count - 1)].Id, role, remove);

    private static MemberRoster Invite(MemberRoster roster, string id, string email, Role role) =>
        Assert.IsType<RosterChange.Changed>(roster.Invite(id, email, role, null, Now)).Roster;
}
