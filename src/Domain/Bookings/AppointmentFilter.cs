using NodaTime;

namespace AppointmentBooking.Domain.Bookings;

/// <summary>Which bookings a listing shows: starts in [<see cref="From"/>, <see cref="To"/>), optionally one staff member's, optionally in one status.</summary>
/// <param name="From">The first start included.</param>
/// <param name="To">The first start no longer included.</param>
/// <param name="StaffId">Only this staff member's bookings, when given.</param>
/// <param name="Status">Only bookings in this status at <see cref="Now"/> (a lapsed hold reads expired), when given.</param>
/// <param name="Now">The instant statuses are read at.</param>
public sealed record AppointmentFilter(Instant From, Instant To, string? StaffId, BookingStatus? Status, Instant Now);
