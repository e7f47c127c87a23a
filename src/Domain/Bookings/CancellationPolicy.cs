using NodaTime;

namespace AppointmentBooking.Domain.Bookings;

/// <summary>
/// A cancellation made at least the tenant's window before the start is refundable; a later one
/// keeps the deposit. The decision is recorded when the customer cancels.
/// </summary>
public static class CancellationPolicy
{
    /// <summary>Whether a cancellation at <paramref name="cancelledAt"/> of a booking starting at <paramref name="start"/> is refundable.</summary>
    public static bool IsRefundEligible(Instant start, Instant cancelledAt, Duration window) =>
        cancelledAt <= start - window;
}
