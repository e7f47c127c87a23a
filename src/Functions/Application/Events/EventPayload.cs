using AppointmentBooking.Domain.Events;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Events;

/// <summary>
/// An event as the outside sees it: the JSON body of a webhook delivery and the data of a stream event.
/// A published contract: fields are added, never renamed or removed.
/// </summary>
/// <param name="Id">The event's id; a receiver that sees it twice has seen the same event.</param>
/// <param name="Type">What happened (<c>booking.created</c>, ...).</param>
/// <param name="CreatedAt">When it happened.</param>
/// <param name="TenantId">Whose business it happened in.</param>
/// <param name="Data">What it is about.</param>
public sealed record EventPayload(string Id, string Type, Instant CreatedAt, string TenantId, EventPayloadData Data)
{
    /// <summary>The payload of <paramref name="bookingEvent"/>; the customer's e-mail and phone only when <paramref name="withContact"/>.</summary>
    public static EventPayload Of(BookingEvent bookingEvent, bool withContact)
    {
        ArgumentNullException.ThrowIfNull(bookingEvent);
        return new EventPayload(
            bookingEvent.Id,
            BookingEventTypes.Name(bookingEvent.Kind),
            bookingEvent.OccurredAt,
            bookingEvent.TenantId,
            new EventPayloadData(
                bookingEvent.StaffId,
                bookingEvent.Booking is { } booking ? BookingPayload.Of(booking, withContact) : null,
                bookingEvent.Amount is { } amount ? new AmountPayload(amount.MinorUnits, amount.Currency) : null));
    }
}
