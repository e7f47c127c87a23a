using AppointmentBooking.Domain.Bookings;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>Which day ledger: a staff member's local date at a tenant.</summary>
public readonly record struct LedgerKey(string TenantId, string StaffId, LocalDate Date)
{
    public static LedgerKey Of(LedgerSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new LedgerKey(snapshot.TenantId, snapshot.StaffId, snapshot.Date);
    }
}
