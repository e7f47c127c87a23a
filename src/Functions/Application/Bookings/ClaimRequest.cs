using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Scheduling;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// What a booking wants to claim. <see cref="Staff"/> holds one member, or every qualified one for
/// "any staff". A create must not move an existing claim (<see cref="MayMoveExistingClaim"/> false),
/// a reschedule must. The claim lapses at <see cref="ExpiresAt"/> unless its booking is confirmed.
/// </summary>
public sealed record ClaimRequest(
    string BookingId,
    string Fingerprint,
    Service Service,
    IReadOnlyList<StaffSchedule> Staff,
    Instant Start,
    Instant ExpiresAt,
    bool MayMoveExistingClaim);
