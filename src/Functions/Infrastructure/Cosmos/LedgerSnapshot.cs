using AppointmentBooking.Domain.Bookings;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>A ledger as read, with the ETag a write must match; a null ETag means the day has no ledger yet.</summary>
public sealed record LedgerSnapshot(string TenantId, string StaffId, LocalDate Date, string? ETag, DayLedger Ledger);
