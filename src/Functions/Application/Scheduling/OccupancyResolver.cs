using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Scheduling;

/// <summary>
/// Decides whether expired ledger claims still block: a claim expires by design, so an appointment
/// that was never written frees its slot; a claim whose appointment is confirmed (and still sits
/// where the claim says) keeps blocking. Only expired claims cost a point read each.
/// </summary>
public sealed class OccupancyResolver(CosmosStore store)
{
    public async Task<IReadOnlySet<string>> ConfirmedAmongExpiredAsync(LedgerSnapshot snapshot, Instant now, CancellationToken cancellationToken)
    {
        var expired = snapshot.Ledger.ExpiredAt(now).ToList();
        if (expired.Count == 0)
        {
            return EmptySet;
        }

        var checks = await Task.WhenAll(expired.Select(async entry =>
        {
            var appointment = await store.ReadAsync<AppointmentDocument>(snapshot.TenantId, entry.BookingId, cancellationToken);
            return IsConfirmedClaim(appointment, snapshot.StaffId, entry) ? entry.BookingId : null;
        }));
        return checks.OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    private static readonly IReadOnlySet<string> EmptySet = new HashSet<string>();

    private static bool IsConfirmedClaim(AppointmentDocument? appointment, string staffId, LedgerEntry entry) =>
        appointment is { Status: BookingStatus.Confirmed }
        && appointment.StaffId == staffId
        && appointment.BlockStart == entry.Start
        && appointment.BlockEnd == entry.End;
}
