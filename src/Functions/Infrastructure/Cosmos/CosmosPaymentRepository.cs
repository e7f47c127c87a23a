using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Payments as documents in their tenant's partition, one per booking; versions are ETags.</summary>
internal sealed class CosmosPaymentRepository(CosmosStore store) : IPaymentRepository
{
    public async Task<Payment?> FindAsync(string tenantId, string bookingId, CancellationToken cancellationToken) =>
        await store.ReadAsync<PaymentDocument>(tenantId, Payment.IdFor(bookingId), cancellationToken) is { } document ? ToDomain(document) : null;

    public async Task<Payment?> FindByCheckoutAsync(
        string tenantId, PaymentGatewayKind gateway, string checkoutReference, CancellationToken cancellationToken)
    {
        var query = new PartitionQuery("c.checkoutReference = @checkout", Top: 2)
        {
            Parameters = new Dictionary<string, object> { ["@checkout"] = checkoutReference },
        };
        var found = await store.QueryAsync<PaymentDocument>(tenantId, DocumentTypes.Payment, query, cancellationToken);
        return found.Where(d => d.Gateway == gateway).Select(ToDomain).FirstOrDefault();
    }

    public async Task<Payment?> TryCreateAsync(Payment payment, CancellationToken cancellationToken) =>
        await store.TryCreateAsync(ToDocument(payment), cancellationToken) is { ETag: { } version } ? payment.Stored(version) : null;

    public async Task<Payment?> TryUpdateAsync(Payment payment, CancellationToken cancellationToken) =>
        await store.TryReplaceAsync(ToDocument(payment), cancellationToken) is { ETag: { } version } ? payment.Stored(version) : null;

    private static PaymentDocument ToDocument(Payment payment) => new()
    {
        Id = payment.Id,
        TenantId = payment.TenantId,
        BookingId = payment.BookingId,
        Gateway = payment.Gateway,
        AmountMinor = payment.Amount.MinorUnits,
        Currency = payment.Amount.Currency,
        CheckoutReference = payment.Checkout.Reference,
        CheckoutUrl = payment.Checkout.RedirectUrl,
        CheckoutFields = payment.Checkout.FormFields,
        Instalments = payment.Checkout.Instalments?.Instalments.Select(i => new InstalmentDocument(i.DueAt, i.Amount.MinorUnits, i.Amount.Currency)).ToList(),
        State = payment.State,
        PaymentReference = payment.PaymentReference,
        RefundReference = payment.RefundReference,
        History = [.. payment.History.Select(h => new PaymentChangeDocument(h.At, h.State, h.EventId, h.Note))],
        PaidAtMs = FirstAt(payment, PaymentState.Paid),
        RefundedAtMs = FirstAt(payment, PaymentState.Refunded),
        ETag = payment.Version,
    };

    /// <summary>When the payment first reached <paramref name="state"/>, for the dashboard's period filters.</summary>
    private static long? FirstAt(Payment payment, PaymentState state) =>
        payment.History.FirstOrDefault(h => h.State == state)?.At.ToUnixTimeMilliseconds();

    private static Payment ToDomain(PaymentDocument document) => new(
        document.TenantId,
        document.BookingId,
        document.Gateway,
        new Money(document.AmountMinor, document.Currency),
        new CheckoutSession(document.CheckoutReference, document.CheckoutUrl, document.CheckoutFields,
            document.Instalments is { Count: > 0 } instalments
                ? new InstalmentPlan(instalments.Select(i => new Instalment(i.DueAt, new Money(i.AmountMinor, i.Currency))))
                : null),
        document.State,
        document.PaymentReference,
        document.RefundReference,
        document.History.Select(h => new PaymentChange(h.At, h.State, h.EventId, h.Note)),
        document.ETag);
}
