using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Scheduling;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Scheduling;

/// <summary>A ledger snapshot plus which of its expired claims belong to confirmed bookings.</summary>
public sealed record ResolvedLedger(LedgerSnapshot Snapshot, IReadOnlySet<string> ConfirmedExpired)
{
    public IEnumerable<BusyInterval> Occupancy(Instant now, string? excludingBookingId = null) =>
        Snapshot.Ledger.Occupancy(now, ConfirmedExpired, excludingBookingId);

    public DayLedger With(LedgerEntry entry, Instant now) => Snapshot.Ledger.With(entry, now, ConfirmedExpired);

    /// <summary>The booking's claim, if it still holds by itself or belongs to a confirmed booking.</summary>
    public LedgerEntry? LiveClaimOf(string bookingId, Instant now) =>
        Snapshot.Ledger.Find(bookingId) is { } entry && (entry.IsLiveAt(now) || ConfirmedExpired.Contains(bookingId)) ? entry : null;
}
