using NodaTime;

namespace AppointmentBooking.Domain.Notifications;

/// <summary>
/// The calendar entry that travels with a booking e-mail. Every invite of one booking carries the same
/// <see cref="Uid"/>; a move raises <see cref="Sequence"/>, so calendars replace the entry instead of adding one.
/// </summary>
/// <param name="Uid">The booking's stable calendar id.</param>
/// <param name="Sequence">The revision: the booking's move count for a request, one more for a cancellation.</param>
/// <param name="Method">Add or update, or remove.</param>
/// <param name="Start">The appointment's start.</param>
/// <param name="End">The appointment's end.</param>
/// <param name="Zone">The tenant's zone: the invite states local times with its TZID.</param>
/// <param name="Summary">The entry's title.</param>
/// <param name="Attendee">Who the invite is for.</param>
public sealed record CalendarInvite(
    string Uid, int Sequence, InviteMethod Method, Instant Start, Instant End, DateTimeZone Zone, string Summary, NotificationAddress Attendee);
