using AppointmentBooking.Domain.Bookings;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Scheduling;

/// <summary>
/// Decides whether expired ledger claims still block: a claim expires by design, so an appointment
/// that was never written frees its slot; a claim whose appointment is confirmed (and still sits
/// where the claim says) keeps blocking. Only expired claims cost a read each.
/// </summary>
public sealed class OccupancyResolver(IAppointmentRepository appointments)
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    public async Task<IReadOnlySet<string>> ConfirmedAmongExpiredAsync(LedgerSnapshot snapshot, Instant now, CancellationToken cancellationToken)
    {
        var expired = snapshot.Ledger.ExpiredAt(now).ToList();
        if (expired.Count == 0)
        {
            return None;
        }

        var checks = await Task.WhenAll(expired.Select(async entry =>
        {
            var appointment = await appointments.FindAsync(snapshot.TenantId, entry.BookingId, cancellationToken);
            return appointment?.OwnsConfirmedClaim(snapshot.StaffId, entry) == true ? entry.BookingId : null;
        }));
        return checks.OfType<string>().ToHashSet(StringComparer.Ordinal);
    }
}
