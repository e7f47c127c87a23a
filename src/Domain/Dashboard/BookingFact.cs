using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Dashboard;

/// <summary>What the dashboard's figures need of one booking: no contact details, only the customer's id.</summary>
/// <param name="BookingId">The booking.</param>
/// <param name="Date">The tenant-local date of its start.</param>
/// <param name="Status">The stored status.</param>
/// <param name="HoldExpiresAt">When an unpaid hold lapses.</param>
/// <param name="ServiceId">The service booked.</param>
/// <param name="StaffId">Who performs it.</param>
/// <param name="Start">The appointment's start.</param>
/// <param name="End">The appointment's end.</param>
/// <param name="Price">The service's price.</param>
/// <param name="Products">The products added to it, in total.</param>
/// <param name="CustomerId">The customer's stable id.</param>
public sealed record BookingFact(
    string BookingId,
    LocalDate Date,
    BookingStatus Status,
    Instant? HoldExpiresAt,
    string ServiceId,
    string StaffId,
    Instant Start,
    Instant End,
    Money Price,
    Money Products,
    string CustomerId)
{
    /// <summary>The status at <paramref name="now"/>.</summary>
    public BookingStatus StatusAt(Instant now) => BookingStatuses.At(Status, HoldExpiresAt, now);
}
