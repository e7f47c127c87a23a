using AppointmentBooking.Domain.Customers;
using AppointmentBooking.Functions.Application.Common;
using AppointmentBooking.Functions.Application.Messaging;

namespace AppointmentBooking.Functions.Application.Customers;

/// <summary>
/// Keeps one customer record per normalised contact, off the booking's hot path, then acknowledges
/// the booking's outbox message. Safe to run twice and out of order: an older sighting never
/// overwrites a newer one.
/// </summary>
public sealed class RecordCustomer(ICustomerRecords records, OutboxAcknowledger acknowledger)
{
    public async Task ExecuteAsync(CustomerSeen seen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seen);
        var contact = new ContactDetails(seen.Name, seen.Email, seen.Phone);
        var kept = await OptimisticRetry.RunUntilDoneAsync(
            RetryLimits.Document, () => TryKeepAsync(seen, contact, cancellationToken), cancellationToken);
        if (!kept)
        {
            throw new InvalidOperationException($"The customer record of booking {seen.BookingId} kept changing; the message will be retried.");
        }

        await acknowledger.AcknowledgeAsync(seen.TenantId, seen.BookingId, seen.MessageId, cancellationToken);
    }

    private async Task<bool> TryKeepAsync(CustomerSeen seen, ContactDetails contact, CancellationToken cancellationToken)
    {
        var existing = await records.FindAsync(seen.TenantId, CustomerIds.For(contact), cancellationToken);
        if (existing is not null && !existing.IsOlderThan(seen.SeenAt))
        {
            return true;
        }

        var record = new CustomerRecord(seen.TenantId, contact, seen.BookingId, seen.SeenAt, existing?.Version);
        return await records.TryWriteAsync(record, cancellationToken);
    }
}
