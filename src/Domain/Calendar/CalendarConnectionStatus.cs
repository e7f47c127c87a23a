namespace AppointmentBooking.Domain.Calendar;

/// <summary>Whether the app can reach a staff member's calendar with the grant it holds.</summary>
public enum CalendarConnectionStatus
{
    /// <summary>The grant works: bookings are pushed and busy time is read.</summary>
    Connected,

    /// <summary>The provider refused the grant (revoked, expired, password or policy change): the staff member must connect again.</summary>
    NeedsReconnect,
}
