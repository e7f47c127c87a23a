using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Scheduling;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>How a claim ended: the entry now in the ledger, or why there is none.</summary>
public sealed record ClaimResult(BookingRejection Rejection, string? StaffId = null, LocalDate? Date = null, LedgerEntry? Entry = null)
{
    public bool IsClaimed => Entry is not null;

    /// <summary>The key was used before for a different request.</summary>
    public bool KeyReused { get; init; }

    /// <summary>Every attempt lost a write race; nothing was claimed.</summary>
    public bool Contended { get; init; }

    public static ClaimResult Claimed(string staffId, LocalDate date, LedgerEntry entry) => new(BookingRejection.None, staffId, date, entry);
}
