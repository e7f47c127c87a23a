using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Bookings;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>
/// A customer stops the tenant's reminders, from their booking link: every later reminder to the same
/// person (same e-mail, or phone) at this tenant is skipped. Confirmations, moves and cancellations still reach them.
/// </summary>
public sealed class OptOutOfReminders(BookingAccess access, IReminderOptOuts optOuts, IClock clock)
{
    /// <summary>False when the booking is not found with this token.</summary>
    public async Task<bool> ExecuteAsync(TenantConfiguration tenant, string bookingId, string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (await access.FindAsync(tenant, bookingId, token, cancellationToken) is not { } appointment)
        {
            return false;
        }

        await optOuts.RecordAsync(tenant.TenantId, appointment.CustomerId, clock.GetCurrentInstant(), cancellationToken);
        return true;
    }
}
