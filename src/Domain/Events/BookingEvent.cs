using System.Security.Cryptography;
using System.Text;
using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Events;

/// <summary>
/// One thing that happened in a tenant's business, announced once to the dashboard's stream, the
/// tenant's webhooks and the analytics. Its id derives from what happened (the booking, the kind, the
/// occasion), so every retry of the change that caused it names the same event and it is kept once.
/// </summary>
/// <param name="Id">Unique per event; the same for every retry of the change that caused it.</param>
/// <param name="TenantId">The tenant.</param>
/// <param name="Kind">What happened.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="StaffId">The staff member concerned: who may see it besides managers.</param>
/// <param name="Booking">The booking as it stood after the event; null for events about no booking.</param>
/// <param name="Amount">The money the event moved (a deposit paid or refunded); null for other events.</param>
public sealed record BookingEvent(
    string Id, string TenantId, BookingEventKind Kind, Instant OccurredAt, string? StaffId, BookingSnapshot? Booking, Money? Amount)
{
    /// <summary>The event of a booking's stored transition.</summary>
    /// <param name="appointment">The booking right after the transition.</param>
    /// <param name="kind">What the transition did.</param>
    /// <param name="now">When.</param>
    public static BookingEvent Of(Appointment appointment, BookingEventKind kind, Instant now)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        var occasion = kind == BookingEventKind.BookingRescheduled ? appointment.RescheduleCount.ToString(System.Globalization.CultureInfo.InvariantCulture) : "0";
        return new BookingEvent(IdFor(appointment.TenantId, appointment.Id, kind, occasion), appointment.TenantId, kind, now,
            appointment.Placement.StaffId, BookingSnapshot.Of(appointment), null);
    }

    /// <summary>A deposit paid or refunded for a booking.</summary>
    public static BookingEvent OfDeposit(Appointment appointment, BookingEventKind kind, Money amount, Instant now)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return Of(appointment, kind, now) with { Amount = Preconditions.CheckNotNull(amount, nameof(amount)) };
    }

    /// <summary>A staff member's calendar connection stopped working at <paramref name="lostAt"/>: about the staff member, no booking.</summary>
    public static BookingEvent OfCalendarLost(string tenantId, string staffId, Instant lostAt, Instant now) =>
        new(IdFor(tenantId, $"calendar-{staffId}", BookingEventKind.CalendarDisconnected,
                lostAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            tenantId, BookingEventKind.CalendarDisconnected, now, staffId, null, null);

    /// <summary>The id of an event: stable for one booking, kind and occasion (a reschedule's count).</summary>
    public static string IdFor(string tenantId, string subjectId, BookingEventKind kind, string occasion) =>
        "evt-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{tenantId}\n{subjectId}\n{kind}\n{occasion}")))[..24];
}
