using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Tenants;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// Reads a booking for its customer: inside the tenant's partition only, and only with the booking's
/// access token. A wrong token reads exactly like a missing booking.
/// </summary>
public sealed class BookingAccess(IAppointmentRepository appointments, AccessTokens tokens)
{
    public async Task<Appointment?> FindAsync(TenantConfiguration tenant, string bookingId, string token, CancellationToken cancellationToken) =>
        tokens.IsValid(tenant.TenantId, bookingId, token)
            ? await appointments.FindAsync(tenant.TenantId, bookingId, cancellationToken)
            : null;

    public static BookingOutcome.NotFound Missing(string bookingId) => new($"No booking '{bookingId}' was found for this link.");

    /// <summary>The booking as its customer may see it, or not found.</summary>
    public async Task<BookingOutcome> ReadAsync(TenantConfiguration tenant, string bookingId, string token, CancellationToken cancellationToken) =>
        await FindAsync(tenant, bookingId, token, cancellationToken) is { } appointment
            ? new BookingOutcome.Done(appointment, Created: false)
            : Missing(bookingId);
}
