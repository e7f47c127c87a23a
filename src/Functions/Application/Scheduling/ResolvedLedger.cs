using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Scheduling;

/// <summary>A ledger snapshot plus which of its expired claims belong to confirmed bookings.</summary>
public sealed record ResolvedLedger(LedgerSnapshot Snapshot, IReadOnlySet<string> ConfirmedExpired)
{
    public IEnumerable<BusyInterval> Occupancy(Instant now, string? excludingBookingId = null) =>
        Snapshot.Ledger.Occupancy(now, ConfirmedExpired, excludingBookingId);

    public DayLedger With(LedgerEntry entry, Instant now) => Snapshot.Ledger.With(entry, now, ConfirmedExpired);
}
