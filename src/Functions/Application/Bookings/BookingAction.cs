namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>What the business does to a booking from the dashboard.</summary>
public abstract record BookingAction
{
    private BookingAction()
    {
    }

    /// <summary>Confirms a held booking (for example, the deposit was paid at the counter).</summary>
    public sealed record Confirm : BookingAction;

    /// <summary>The appointment took place.</summary>
    public sealed record Complete : BookingAction;

    /// <summary>The customer did not come.</summary>
    public sealed record NoShow : BookingAction;

    /// <summary>Cancels the booking; <paramref name="Refund"/> asks for the deposit to be returned.</summary>
    public sealed record Cancel(bool Refund) : BookingAction;

    /// <summary>The action's name in the audit trail.</summary>
    public string Name => this switch
    {
        Confirm => "confirm",
        Complete => "complete",
        NoShow => "noShow",
        _ => "cancel",
    };
}
