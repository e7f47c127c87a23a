using AppointmentBooking.Domain.Customers;
using AppointmentBooking.Domain.Scheduling;
using NodaTime;

namespace AppointmentBooking.Domain.Assistant;

/// <summary>A change the assistant prepared and the customer has to confirm before it is made.</summary>
public abstract record PendingAction
{
    private PendingAction()
    {
    }

    /// <summary>Book <paramref name="ServiceId"/> at <paramref name="Start"/> for <paramref name="Customer"/>.</summary>
    /// <param name="ServiceId">The service.</param>
    /// <param name="Staff">The staff member asked for, or any.</param>
    /// <param name="Start">The start.</param>
    /// <param name="Customer">Who the booking is for.</param>
    public sealed record Book(string ServiceId, StaffChoice Staff, Instant Start, ContactDetails Customer) : PendingAction;

    /// <summary>Cancel the booking <paramref name="BookingId"/>.</summary>
    /// <param name="BookingId">The booking.</param>
    public sealed record Cancel(string BookingId) : PendingAction;

    /// <summary>Move the booking <paramref name="BookingId"/> to <paramref name="Start"/>.</summary>
    /// <param name="BookingId">The booking.</param>
    /// <param name="Start">The new start.</param>
    /// <param name="Staff">Another staff member, or null to keep the booking's.</param>
    public sealed record Reschedule(string BookingId, Instant Start, StaffChoice? Staff) : PendingAction;
}
