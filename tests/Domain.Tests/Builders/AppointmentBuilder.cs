using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Customers;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Builders;

/// <summary>A booking of a one-hour service on Monday 10:00 in Johannesburg, booked on the Sunday morning before.</summary>
internal sealed class AppointmentBuilder
{
    public static readonly Instant BookedAt = MondayInJohannesburg.SundayMorning;
    public static readonly Instant HoldExpiry = BookedAt + Duration.FromMinutes(15);

    private long depositMinor;

    public static Service Service { get; } = new ServiceBuilder().WithBuffers(Duration.FromMinutes(10), Duration.FromMinutes(15)).Build();

    public static SlotPlacement At(string time, string staffId = "stf-a") =>
        SlotPlacement.Of(Service, staffId, MondayInJohannesburg.At(time), DateTimeZoneProviders.Tzdb[MondayInJohannesburg.Zone]);

    public AppointmentBuilder WithDeposit(long minor)
    {
        depositMinor = minor;
        return this;
    }

    public Appointment Build()
    {
        var terms = new BookingTerms("bkg-1", "tnt-1", Service, new Money(depositMinor, "ZAR"), DateTimeZoneProviders.Tzdb[MondayInJohannesburg.Zone],
            new ContactDetails("Ann", "ann@example.com", null), "fp-1");
        return Appointment.Book(terms, At("10:00"), HoldExpiry, BookedAt, [new PendingMessage("bkg-1/customer", "customers", "{}", BookedAt)]);
    }
}
