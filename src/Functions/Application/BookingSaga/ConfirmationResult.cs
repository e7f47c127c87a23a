namespace AppointmentBooking.Functions.Application.BookingSaga;

/// <summary>How the saga's confirmation step ended.</summary>
public enum ConfirmationResult
{
    /// <summary>The booking is confirmed and its claim settled.</summary>
    Confirmed,

    /// <summary>The hold ran out and another booking took the slot before the deposit arrived.</summary>
    SlotLost,

    /// <summary>The booking was cancelled or expired meanwhile: there is nothing to confirm.</summary>
    NotConfirmable,
}
