using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Functions.Application.Management;

/// <summary>Every way a change to a managed resource can end; the HTTP layer maps each to one response.</summary>
public abstract record ChangeOutcome<T>
{
    private ChangeOutcome()
    {
    }

    /// <summary>The resource as it now stands; <paramref name="Created"/> when this call created it.</summary>
    public sealed record Done(Versioned<T> Resource, bool Created = false) : ChangeOutcome<T>;

    /// <summary>The resource was deleted.</summary>
    public sealed record Deleted : ChangeOutcome<T>;

    /// <summary>No such resource in this tenant.</summary>
    public sealed record NotFound(string Detail) : ChangeOutcome<T>;

    /// <summary>The resource changed since the caller read it (<c>If-Match</c> no longer matches): nothing was written.</summary>
    public sealed record Stale : ChangeOutcome<T>;

    /// <summary>The change would break a rule (the last owner, a currency in use); <paramref name="Detail"/> says which.</summary>
    public sealed record Refused(string Detail) : ChangeOutcome<T>;

    /// <summary>A field names something that does not exist or does not fit (an unknown staff id).</summary>
    public sealed record Invalid(string Field, string Message) : ChangeOutcome<T>;
}
