namespace AppointmentBooking.Domain.Calendar;

/// <summary>
/// The provider refused a grant for good (OAuth <c>invalid_grant</c>: a refresh token revoked, expired
/// or replaced; an authorization code used twice or too late). No retry helps: the person must consent again.
/// </summary>
public sealed class CalendarGrantRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CalendarGrantRefusedException()
        : this("invalid_grant")
    {
    }

    /// <summary>Creates the exception with the provider's error code (never a token).</summary>
    public CalendarGrantRefusedException(string reason)
        : base($"The calendar provider refused the grant ({reason}).") => Reason = reason;

    /// <summary>Creates the exception with the provider's error code and its cause.</summary>
    public CalendarGrantRefusedException(string reason, Exception innerException)
        : base($"The calendar provider refused the grant ({reason}).", innerException) => Reason = reason;

    /// <summary>The provider's error code, such as <c>invalid_grant</c>.</summary>
    public string Reason { get; } = "invalid_grant";
}
