namespace AppointmentBooking.Functions.Application.BookingSaga;

/// <summary>How the saga's calendar step ended.</summary>
public enum CalendarStepResult
{
    /// <summary>The booking is in the staff member's calendar.</summary>
    Synced,

    /// <summary>The staff member has no working calendar connection; the booking goes on without it.</summary>
    Skipped,

    /// <summary>The calendar is busy at that time: the booking cannot go ahead.</summary>
    Conflict,
}
