using NodaTime;

namespace AppointmentBooking.Domain.Bookings;

/// <summary>The status rules shared by a booking and its summaries: a held booking past its hold reads as expired.</summary>
public static class BookingStatuses
{
    /// <summary>The status at <paramref name="now"/> of a booking stored as <paramref name="stored"/>.</summary>
    public static BookingStatus At(BookingStatus stored, Instant? holdExpiresAt, Instant now) =>
        stored == BookingStatus.PendingPayment && holdExpiresAt <= now ? BookingStatus.Expired : stored;

    /// <summary>Whether a booking in <paramref name="status"/> holds (or held) its time: it was not cancelled and did not lapse.</summary>
    public static bool IsKept(BookingStatus status) => status is not (BookingStatus.Cancelled or BookingStatus.Expired);
}
