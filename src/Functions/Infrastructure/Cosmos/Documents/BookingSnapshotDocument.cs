using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Products;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>The stored form of a booking as an event left it.</summary>
public sealed record BookingSnapshotDocument(
    string BookingId,
    string ServiceId,
    string StaffId,
    Instant Start,
    Instant End,
    string TimeZone,
    BookingStatus Status,
    long PriceMinor,
    long DepositMinor,
    string Currency,
    CustomerSnapshot Customer,
    IReadOnlyList<BookedProductDocument> Products,
    ProductCharge ProductCharge);
