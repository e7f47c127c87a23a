using AppointmentBooking.Domain.Calendar;

namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>How completing a calendar consent ended.</summary>
public abstract record ConsentCompletion
{
    private ConsentCompletion()
    {
    }

    /// <summary>The staff member's calendar is connected.</summary>
    public sealed record Connected(CalendarConnection Connection) : ConsentCompletion;

    /// <summary>The answer is not acceptable (altered, expired or repeated state; a refused code; consent not given); nothing was stored.</summary>
    public sealed record Refused(string Detail) : ConsentCompletion;

    /// <summary>The provider could not be reached; nothing was stored, and the consent must be started again.</summary>
    public sealed record Unavailable(string Detail) : ConsentCompletion;
}
