using AppointmentBooking.Domain.Notifications;
using ICalendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Smtp;

/// <summary>
/// Writes a <see cref="CalendarInvite"/> as an iCalendar object with Ical.Net
/// (https://github.com/ical-org/ical.net/wiki): METHOD REQUEST or CANCEL (RFC 5546 section 3.2), one
/// VEVENT with the booking's UID and SEQUENCE, start and end as local times with the tenant's TZID, and
/// the VTIMEZONE that defines that TZID, so calendars that do not know IANA ids still place it right.
/// </summary>
internal sealed class InviteWriter(IClock clock)
{
    private const string ProductId = "-//AppointmentBooking//Notifications//EN";

    public string Write(CalendarInvite invite, string organizerName, string organizerAddress)
    {
        ArgumentNullException.ThrowIfNull(invite);
        var calendar = new ICalendar { ProductId = ProductId, Method = invite.Method == InviteMethod.Request ? "REQUEST" : "CANCEL" };
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(invite.Zone.Id, invite.Start.ToDateTimeUtc().AddYears(-1), includeHistoricalData: false));
        var booking = new CalendarEvent
        {
            Uid = invite.Uid,
            Sequence = invite.Sequence,
            Summary = invite.Summary,
            DtStamp = new CalDateTime(clock.GetCurrentInstant().ToDateTimeUtc(), "UTC", hasTime: true),
            DtStart = Local(invite.Start, invite.Zone),
            DtEnd = Local(invite.End, invite.Zone),
            Status = invite.Method == InviteMethod.Request ? "CONFIRMED" : "CANCELLED",
            Organizer = new Organizer($"mailto:{organizerAddress}") { CommonName = organizerName },
        };
        booking.Attendees.Add(new Attendee($"mailto:{invite.Attendee.Address}")
        {
            CommonName = invite.Attendee.Name,
            Role = "REQ-PARTICIPANT",
            ParticipationStatus = "ACCEPTED",
        });
        calendar.Events.Add(booking);
        return new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("Ical.Net wrote no calendar.");
    }

    private static CalDateTime Local(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return new CalDateTime(local.Date.ToDateOnly(), local.TimeOfDay.ToTimeOnly(), zone.Id);
    }
}
