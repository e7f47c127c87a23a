using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Tenants;

namespace AppointmentBooking.Functions.Application.Tenants;

/// <summary>How a sign-up ended.</summary>
public abstract record SignUpOutcome
{
    private SignUpOutcome()
    {
    }

    /// <summary>The caller owns the tenant: made now, or by an earlier try of the same sign-up.</summary>
    public sealed record Created(Versioned<Tenant> Tenant) : SignUpOutcome;

    /// <summary>Another tenant holds the slug; <paramref name="Suggestions"/> are free ones like it.</summary>
    public sealed record SlugTaken(IReadOnlyList<string> Suggestions) : SignUpOutcome;
}
