namespace AppointmentBooking.Domain.Assistant;

/// <summary>Whether a confirmation code opens the pending action, and if not, why.</summary>
public enum ConfirmationCheck
{
    /// <summary>The code is right, typed by the customer in a later message, in time.</summary>
    Accepted,

    /// <summary>No action waits for a confirmation.</summary>
    NothingPending,

    /// <summary>The code is not the one issued.</summary>
    WrongCode,

    /// <summary>The customer's message does not carry the code: only the customer can confirm.</summary>
    NotFromCustomer,

    /// <summary>The code was issued in this very turn: confirming needs a message of the customer's after it.</summary>
    SameTurn,

    /// <summary>The code lapsed.</summary>
    Expired,
}
