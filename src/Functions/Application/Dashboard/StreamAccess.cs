using AppointmentBooking.Domain.Members;

namespace AppointmentBooking.Functions.Application.Dashboard;

/// <summary>Whether a stream may be opened, and from where.</summary>
public abstract record StreamAccess
{
    private StreamAccess()
    {
    }

    /// <summary>Open it for <paramref name="Member"/>, from <paramref name="Position"/>.</summary>
    public sealed record Granted(Member Member, string Position) : StreamAccess;

    /// <summary>The token is missing, forged, expired, for another tenant, or its member is gone (401).</summary>
    public sealed record Refused(string Detail) : StreamAccess;

    /// <summary>The last event id is not one this stream gave out (400).</summary>
    public sealed record BadPosition(string Detail) : StreamAccess;
}
