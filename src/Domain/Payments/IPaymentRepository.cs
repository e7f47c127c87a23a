namespace AppointmentBooking.Domain.Payments;

/// <summary>Stores one payment per booking, with optimistic concurrency on <see cref="Payment.Version"/>.</summary>
public interface IPaymentRepository
{
    /// <summary>The booking's payment, or null when no checkout was opened for it.</summary>
    Task<Payment?> FindAsync(string tenantId, string bookingId, CancellationToken cancellationToken);

    /// <summary>
    /// The tenant's payment whose checkout has <paramref name="checkoutReference"/> at <paramref name="gateway"/>, or null:
    /// for gateways whose notifications name only their own checkout id.
    /// </summary>
    Task<Payment?> FindByCheckoutAsync(string tenantId, PaymentGatewayKind gateway, string checkoutReference, CancellationToken cancellationToken);

    /// <summary>Stores a new payment; null when the booking already has one.</summary>
    Task<Payment?> TryCreateAsync(Payment payment, CancellationToken cancellationToken);

    /// <summary>Replaces the payment if it is still at its <see cref="Payment.Version"/>; null when another writer changed it.</summary>
    Task<Payment?> TryUpdateAsync(Payment payment, CancellationToken cancellationToken);
}
