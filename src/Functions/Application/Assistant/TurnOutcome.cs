using AppointmentBooking.Domain.Assistant;
using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Payments;

namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>Every way answering a customer's message can end.</summary>
public abstract record TurnOutcome
{
    private TurnOutcome()
    {
    }

    /// <summary>
    /// The assistant answered. <paramref name="Confirmation"/> is the code issued in this turn, for the customer
    /// only; <paramref name="Booking"/> is the booking a confirmation created or changed, <paramref name="Checkout"/>
    /// the gateway checkout of its deposit, when one is due.
    /// </summary>
    public sealed record Answered(
        Conversation Conversation, string Reply, PendingConfirmation? Confirmation, Appointment? Booking, bool BookingCreated, Payment? Checkout,
        bool LimitReached) : TurnOutcome;

    /// <summary>No model is configured; these settings are missing.</summary>
    public sealed record NotConfigured(IReadOnlyList<string> MissingSettings) : TurnOutcome;

    /// <summary>The tenant has no such conversation (or it lapsed).</summary>
    public sealed record NotFound(string Detail) : TurnOutcome;

    /// <summary>Another message of the conversation was answered at the same time; this one was not recorded.</summary>
    public sealed record Busy : TurnOutcome;

    /// <summary>The model endpoint failed before anything changed; nothing was recorded.</summary>
    public sealed record ModelUnavailable(string Detail) : TurnOutcome;
}
