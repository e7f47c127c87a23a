using System.Text.Json;
using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Infrastructure.Json;
using AppointmentBooking.Functions.Queues;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Customers;

/// <summary>A booking was made by this customer: keep their record, merged by normalised contact.</summary>
/// <param name="MessageId">The booking's outbox message this is; acknowledged once the record is kept.</param>
public sealed record CustomerSeen(
    string MessageId,
    string TenantId,
    string BookingId,
    string Name,
    string? Email,
    string? Phone,
    Instant SeenAt)
{
    /// <summary>The outbox message a new booking carries for its customer record.</summary>
    public static PendingMessage For(BookingTerms terms, Instant now)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var seen = new CustomerSeen(
            $"{terms.BookingId}/customer", terms.TenantId, terms.BookingId, terms.Customer.Name, terms.Customer.Email, terms.Customer.Phone, now);
        return new PendingMessage(seen.MessageId, QueueNames.Customers, JsonSerializer.Serialize(seen, AppJson.Options), now);
    }
}
