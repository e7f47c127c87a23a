namespace AppointmentBooking.Domain.Members;

/// <summary>How a <see cref="MemberRoster"/> answered a requested change.</summary>
public abstract record RosterChange
{
    private RosterChange()
    {
    }

    /// <summary>The change applies: <see cref="Roster"/> is the state to store; <see cref="Member"/> the member it concerns, if it still exists.</summary>
    public sealed record Changed(MemberRoster Roster, Member? Member) : RosterChange;

    /// <summary>The member already is as requested: nothing to store.</summary>
    public sealed record Unchanged(Member Member) : RosterChange;

    /// <summary>No such member (or, for a sign-in, no membership and no invitation).</summary>
    public sealed record NotFound : RosterChange;

    /// <summary>The change would break a rule of the roster; <see cref="Reason"/> says which.</summary>
    public sealed record Refused(string Reason) : RosterChange;
}
