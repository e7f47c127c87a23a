using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Domain.Tenants;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>Reads a booking for its customer (with the access token) together with its deposit and its saga's step.</summary>
public sealed class ReadBooking(BookingAccess access, IPaymentRepository payments)
{
    public async Task<BookingView?> ExecuteAsync(
        TenantConfiguration tenant, string bookingId, string token, IBookingSagas sagas, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(tenant, bookingId, token, cancellationToken) is not { } appointment)
        {
            return null;
        }

        var payment = payments.FindAsync(tenant.TenantId, bookingId, cancellationToken);
        var step = sagas.StepAsync(bookingId, cancellationToken);
        return new BookingView(appointment, await payment, await step);
    }
}
