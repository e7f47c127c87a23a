using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Tenants;

namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>
/// The seam for the deposit's checkout link in the assistant's answer. Nothing implements it until the
/// payment port exists (the booking saga's work): until then a booking with a deposit is answered with its
/// status and hold expiry only. Register an implementation over the payment gateway and the answer
/// carries the gateway's link.
/// </summary>
public interface IDepositCheckout
{
    /// <summary>The page where the customer pays the deposit of <paramref name="booking"/>.</summary>
    Task<Uri> LinkForAsync(TenantConfiguration tenant, Appointment booking, CancellationToken cancellationToken);
}
