namespace AppointmentBooking.Domain.Members;

/// <summary>What checking a bearer token found.</summary>
public abstract record IdentityCheck
{
    private IdentityCheck()
    {
    }

    /// <summary>The token is valid: signed by a trusted issuer, for this API, within its lifetime.</summary>
    public sealed record Verified(Identity Identity) : IdentityCheck;

    /// <summary>The token is not acceptable; <see cref="Reason"/> says why, without echoing the token.</summary>
    public sealed record Rejected(string Reason) : IdentityCheck;

    /// <summary>The issuer's signing keys could not be fetched, so the token could not be checked.</summary>
    public sealed record Unavailable(string Reason) : IdentityCheck;
}
