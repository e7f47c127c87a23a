using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Application.Common;

namespace AppointmentBooking.Functions.Application.Payments;

/// <summary>Applies one update to a stored payment: read, decide, write under its version, and again after a lost race.</summary>
public sealed class PaymentChanges(IPaymentRepository payments)
{
    /// <summary>
    /// The update as stored (a <see cref="PaymentUpdate.Changed"/> carries the new version) with the
    /// payment as it was just before, or null when the booking has no payment.
    /// </summary>
    /// <exception cref="ContentionException">Every attempt lost its race.</exception>
    public async Task<(PaymentUpdate Update, Payment Before)?> ApplyAsync(
        string tenantId, string bookingId, Func<Payment, PaymentUpdate> update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        (PaymentUpdate, Payment)? result = null;
        var done = await OptimisticRetry.RunUntilDoneAsync(RetryLimits.Document, async () =>
        {
            if (await payments.FindAsync(tenantId, bookingId, cancellationToken) is not { } current)
            {
                result = null;
                return true;
            }

            var decided = update(current);
            if (decided is not PaymentUpdate.Changed changed)
            {
                result = (decided, current);
                return true;
            }

            var stored = await payments.TryUpdateAsync(changed.Payment, cancellationToken);
            result = stored is null ? null : (changed with { Payment = stored }, current);
            return stored is not null;
        }, cancellationToken);
        return done ? result : throw new ContentionException($"The payment of booking {bookingId} kept changing; the update can be retried.");
    }
}
