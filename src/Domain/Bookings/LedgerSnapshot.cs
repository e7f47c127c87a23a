
namespace AppointmentBooking.Domain.Bookings;

/// <summary>A day ledger as read, with the version a write must match; a null version means the day has no ledger yet.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="StaffId">The staff member whose day it is.</param>
/// <param name="Date">The tenant-local date.</param>
/// <param name="Version">The store's concurrency token, or null when nothing is stored yet.</param>
/// <param name="Ledger">The claims on the day.</param>
public sealed record LedgerSnapshot(string TenantId, string StaffId, NodaTime.LocalDate Date, string? Version, DayLedger Ledger);
