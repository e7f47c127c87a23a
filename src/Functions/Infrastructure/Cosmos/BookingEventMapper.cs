using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Customers;
using AppointmentBooking.Domain.Events;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Maps events to their stored form and back.</summary>
internal static class BookingEventMapper
{
    public static AnalyticsEventDocument ToDocument(BookingEvent bookingEvent, LocalDate localDate, int ttlSeconds) => new()
    {
        Id = bookingEvent.Id,
        TenantId = bookingEvent.TenantId,
        Kind = bookingEvent.Kind,
        OccurredAt = bookingEvent.OccurredAt,
        LocalDate = localDate,
        StaffId = bookingEvent.StaffId,
        Booking = bookingEvent.Booking is { } booking ? ToDocument(booking) : null,
        AmountMinor = bookingEvent.Amount?.MinorUnits,
        Currency = bookingEvent.Amount?.Currency,
        Ttl = ttlSeconds,
    };

    public static BookingEvent ToDomain(AnalyticsEventDocument document) => new(
        document.Id,
        document.TenantId,
        document.Kind,
        document.OccurredAt,
        document.StaffId,
        document.Booking is { } booking ? ToDomain(booking) : null,
        document is { AmountMinor: { } amount, Currency: { } currency } ? new Money(amount, currency) : null);

    private static BookingSnapshotDocument ToDocument(BookingSnapshot booking) => new(
        booking.BookingId,
        booking.ServiceId,
        booking.StaffId,
        booking.Start,
        booking.End,
        booking.Zone.Id,
        booking.Status,
        booking.Price.MinorUnits,
        booking.Deposit.MinorUnits,
        booking.Price.Currency,
        new CustomerSnapshot(booking.Customer.Name, booking.Customer.Email, booking.Customer.Phone),
        BookedProductMapper.ToDocuments(booking.Products),
        booking.ProductCharge);

    private static BookingSnapshot ToDomain(BookingSnapshotDocument booking) => new(
        booking.BookingId,
        booking.ServiceId,
        booking.StaffId,
        booking.Start,
        booking.End,
        DateTimeZoneProviders.Tzdb[booking.TimeZone],
        booking.Status,
        new Money(booking.PriceMinor, booking.Currency),
        new Money(booking.DepositMinor, booking.Currency),
        new ContactDetails(booking.Customer.Name, booking.Customer.Email, booking.Customer.Phone),
        BookedProductMapper.ToDomain(booking.Products, booking.Currency),
        booking.ProductCharge);
}
