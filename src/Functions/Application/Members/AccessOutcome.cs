namespace AppointmentBooking.Functions.Application.Members;

/// <summary>Whether a caller may use a management route of a tenant.</summary>
public abstract record AccessOutcome
{
    private AccessOutcome()
    {
    }

    /// <summary>The caller is a member holding the role asked for.</summary>
    public sealed record Granted(Caller Caller) : AccessOutcome;

    /// <summary>The token is missing or not acceptable (401).</summary>
    public sealed record Unauthenticated(string Detail) : AccessOutcome;

    /// <summary>The identity is fine but is no member of the tenant, or holds a lesser role (403).</summary>
    public sealed record Forbidden(string Detail) : AccessOutcome;

    /// <summary>The identity provider's keys could not be fetched (503).</summary>
    public sealed record IdentityUnavailable(string Detail) : AccessOutcome;
}
