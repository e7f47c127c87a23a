using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Infrastructure.Smtp;
using Ical.Net;
using NodaTime;
using NodaTime.Testing;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Smtp;

/// <summary>The invite as a calendar reads it: parsed back with Ical.Net.</summary>
public sealed class InviteWriterTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private readonly InviteWriter writer = new(new FakeClock(Instant.FromUtc(2026, 3, 1, 12, 0)));

    private static CalendarInvite Invite(InviteMethod method, int sequence, Instant start) => new(
        "bkg-1@tnt-1.appointment-booking", sequence, method, start, start + Duration.FromHours(1), London, "Cut at Salon",
        new NotificationAddress("ann@example.com", "Ann"));

    [Fact]
    public void A_request_on_the_spring_forward_day_states_local_time_with_its_tzid_and_the_zone_definition()
    {
        var start = Instant.FromUtc(2026, 3, 29, 9, 0);

        var calendar = Calendar.Load(writer.Write(Invite(InviteMethod.Request, 0, start), "Salon", "bookings@example.com"))!;

        var booking = Assert.Single(calendar.Events);
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("Europe/London", booking.DtStart!.TzId);
        Assert.Equal((10, 0), (booking.DtStart.Hour, booking.DtStart.Minute));
        Assert.Equal(start.ToDateTimeUtc(), booking.DtStart.AsUtc);
        Assert.Equal(start.ToDateTimeUtc().AddHours(1), booking.DtEnd!.AsUtc);
        Assert.Contains(calendar.TimeZones, zone => zone.TzId == "Europe/London");
        Assert.Equal("mailto:bookings@example.com", booking.Organizer!.Value!.ToString());
        Assert.Equal("mailto:ann@example.com", Assert.Single(booking.Attendees).Value!.ToString());
    }

    [Fact]
    public void A_cancel_keeps_the_uid_and_carries_its_sequence()
    {
        var calendar = Calendar.Load(writer.Write(Invite(InviteMethod.Cancel, 3, Instant.FromUtc(2026, 6, 1, 9, 0)), "Salon", "bookings@example.com"))!;

        var booking = Assert.Single(calendar.Events);
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal("bkg-1@tnt-1.appointment-booking", booking.Uid);
        Assert.Equal(3, booking.Sequence);
        Assert.Equal("CANCELLED", booking.Status);
    }
}
