using System.Collections.Concurrent;
using AppointmentBooking.Domain.Payments;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Gateways;

/// <summary>Payments in memory, for adapter tests that need the payment a notification is about.</summary>
internal sealed class InMemoryPayments : IPaymentRepository
{
    private readonly ConcurrentDictionary<(string, string), Payment> payments = new();

    public Task<Payment?> FindAsync(string tenantId, string bookingId, CancellationToken cancellationToken) =>
        Task.FromResult(payments.GetValueOrDefault((tenantId, bookingId)));

    public Task<Payment?> FindByCheckoutAsync(string tenantId, PaymentGatewayKind gateway, string checkoutReference, CancellationToken cancellationToken) =>
        Task.FromResult(payments.Values.FirstOrDefault(p => p.TenantId == tenantId && p.Gateway == gateway && p.Checkout.Reference == checkoutReference));

    public Task<Payment?> TryCreateAsync(Payment payment, CancellationToken cancellationToken) =>
        Task.FromResult(payments.TryAdd((payment.TenantId, payment.BookingId), payment) ? payment.Stored("1") : null);

    public Task<Payment?> TryUpdateAsync(Payment payment, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Adapters only read payments.");
}
