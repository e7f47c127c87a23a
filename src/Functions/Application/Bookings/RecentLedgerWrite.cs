using AppointmentBooking.Domain.Bookings;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>A day as this instance last wrote it; <see cref="Stamp"/> orders it against reads and other writes of the instance.</summary>
public sealed record RecentLedgerWrite(LedgerSnapshot Snapshot, long Stamp);
