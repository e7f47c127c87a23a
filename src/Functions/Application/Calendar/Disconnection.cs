namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>How disconnecting a staff member's calendar ended.</summary>
public abstract record Disconnection
{
    private Disconnection()
    {
    }

    /// <summary>The connection is gone; <paramref name="Revoked"/> says whether the provider confirmed the grant's revocation.</summary>
    public sealed record Done(bool Revoked) : Disconnection;

    /// <summary>The staff member had no calendar connected.</summary>
    public sealed record NotConnected : Disconnection;
}
