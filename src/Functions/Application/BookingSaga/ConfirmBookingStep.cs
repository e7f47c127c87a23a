using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Infrastructure.Telemetry;

namespace AppointmentBooking.Functions.Application.BookingSaga;

/// <summary>
/// Confirms a booking whose deposit was paid (or that needs none) and settles its ledger claim. The
/// claim is settled first, under the ledger's version: from then on nobody can take the slot, so a
/// paid hold that ran out seconds ago is still confirmed if its claim is there, and lost if not.
/// Safe to run again: each part finds itself done.
/// </summary>
public sealed class ConfirmBookingStep(IAppointmentRepository appointments, SlotClaimer claimer, AppointmentChanges changes, BookingTelemetry telemetry)
{
    private const int PlacementChecks = 3;

    public async Task<ConfirmationResult> ExecuteAsync(string tenantId, string bookingId, CancellationToken cancellationToken)
    {
        for (var check = 0; check < PlacementChecks; check++)
        {
            var appointment = await appointments.FindAsync(tenantId, bookingId, cancellationToken);
            if (appointment is null || appointment.Status is BookingStatus.Cancelled or BookingStatus.Expired)
            {
                return ConfirmationResult.NotConfirmable;
            }

            if (await claimer.SettleAsync(tenantId, bookingId, appointment.Placement, cancellationToken))
            {
                return await ConfirmAsync(tenantId, bookingId, cancellationToken);
            }

            // The claim is gone, or the booking was moved between the read and the settle: look again.
            if ((await appointments.FindAsync(tenantId, bookingId, cancellationToken))?.Placement == appointment.Placement)
            {
                return appointment.Status == BookingStatus.Confirmed ? ConfirmationResult.NotConfirmable : ConfirmationResult.SlotLost;
            }
        }

        throw new InvalidOperationException($"Booking {bookingId} kept moving while its claim was being settled; the step will be retried.");
    }

    private async Task<ConfirmationResult> ConfirmAsync(string tenantId, string bookingId, CancellationToken cancellationToken)
    {
        var confirmed = await changes.ApplyAsync(tenantId, bookingId, a => a.Confirm(), cancellationToken);
        if (confirmed is AppointmentTransition.Changed)
        {
            telemetry.Confirmed(tenantId, bookingId);
        }

        return confirmed is AppointmentTransition.Refused or null ? ConfirmationResult.NotConfirmable : ConfirmationResult.Confirmed;
    }
}
