using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// Reads a booking for its customer: inside the tenant's partition only, and only with the booking's
/// access token. A wrong token reads exactly like a missing booking.
/// </summary>
public sealed class BookingAccess(CosmosStore store, AccessTokens tokens)
{
    public async Task<AppointmentDocument?> FindAsync(TenantConfiguration tenant, string bookingId, string? token, CancellationToken cancellationToken)
    {
        if (!tokens.IsValid(tenant.TenantId, bookingId, token))
        {
            return null;
        }

        return await store.ReadAsync<AppointmentDocument>(tenant.TenantId, bookingId, cancellationToken);
    }

    public static BookingOutcome.NotFound Missing(string bookingId) => new($"No booking '{bookingId}' was found for this link.");
}
