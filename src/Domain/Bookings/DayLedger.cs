using AppointmentBooking.Domain.Scheduling;
using NodaTime;

namespace AppointmentBooking.Domain.Bookings;

/// <summary>
/// The occupancy of one staff member on one local date: the unit of optimistic concurrency that
/// makes double booking impossible. Immutable; every change returns the ledger to write back.
/// </summary>
public sealed class DayLedger
{
    private readonly LedgerEntry[] entries;

    /// <summary>Creates a ledger from its entries in any order.</summary>
    public DayLedger(IEnumerable<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        this.entries = [.. entries.OrderBy(e => e.Start)];
    }

    /// <summary>A day nobody has claimed yet.</summary>
    public static DayLedger Empty { get; } = new([]);

    /// <summary>The claims, ordered by start.</summary>
    public IReadOnlyList<LedgerEntry> Entries => entries;

    /// <summary>The claim of <paramref name="bookingId"/>, if the day holds one.</summary>
    public LedgerEntry? Find(string bookingId) => Array.Find(entries, e => e.BookingId == bookingId);

    /// <summary>Entries whose expiry has passed: they block only if their booking turns out to be confirmed.</summary>
    public IEnumerable<LedgerEntry> ExpiredAt(Instant now) => entries.Where(e => !e.IsLiveAt(now));

    /// <summary>What blocks other bookings, given which expired entries were found to be confirmed.</summary>
    public IEnumerable<BusyInterval> Occupancy(Instant now, IReadOnlySet<string> confirmedBookingIds, string? excludingBookingId = null) =>
        Resolve(now, confirmedBookingIds)
            .Where(e => e.BookingId != excludingBookingId)
            .Select(e => e.ToBusyInterval());

    /// <summary>
    /// Puts the booking's entry in place (replacing its earlier one), drops expired claims of
    /// unconfirmed bookings and settles expired claims of confirmed ones.
    /// </summary>
    public DayLedger With(LedgerEntry entry, Instant now, IReadOnlySet<string> confirmedBookingIds)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new DayLedger(Resolve(now, confirmedBookingIds).Where(e => e.BookingId != entry.BookingId).Append(entry));
    }

    /// <summary>The ledger with the booking's claim settled (no expiry): it blocks until removed, whatever its appointment says.</summary>
    public DayLedger Settle(string bookingId) => new(entries.Select(e => e.BookingId == bookingId ? e.Settled() : e));

    /// <summary>The ledger without the booking's claim.</summary>
    public DayLedger Without(string bookingId) => new(entries.Where(e => e.BookingId != bookingId));

    private IEnumerable<LedgerEntry> Resolve(Instant now, IReadOnlySet<string> confirmedBookingIds) =>
        entries
            .Where(e => e.IsLiveAt(now) || confirmedBookingIds.Contains(e.BookingId))
            .Select(e => e.IsLiveAt(now) ? e : e.Settled());
}
