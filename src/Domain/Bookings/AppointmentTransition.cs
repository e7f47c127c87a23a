namespace AppointmentBooking.Domain.Bookings;

/// <summary>How an <see cref="Appointment"/> answered a requested change.</summary>
public abstract record AppointmentTransition
{
    private AppointmentTransition()
    {
    }

    /// <summary>The change applies: <see cref="Appointment"/> is the new state to store.</summary>
    public sealed record Changed(Appointment Appointment) : AppointmentTransition;

    /// <summary>The appointment already is as requested (a retry): nothing to store.</summary>
    public sealed record Unchanged(Appointment Appointment) : AppointmentTransition;

    /// <summary>The change is not allowed in the appointment's state; <see cref="Reason"/> says why, for the customer.</summary>
    public sealed record Refused(string Reason) : AppointmentTransition;
}
