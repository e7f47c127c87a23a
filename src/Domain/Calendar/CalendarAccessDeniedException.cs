namespace AppointmentBooking.Domain.Calendar;

/// <summary>The provider refused the access token (expired early, or revoked): refresh it and try once more.</summary>
public sealed class CalendarAccessDeniedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CalendarAccessDeniedException()
        : base("The calendar provider refused the access token.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CalendarAccessDeniedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public CalendarAccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
