using NodaTime;

namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>How starting a calendar consent ended.</summary>
public abstract record ConsentStart
{
    private ConsentStart()
    {
    }

    /// <summary>Send the person to <paramref name="ConsentUrl"/> before <paramref name="ExpiresAt"/>.</summary>
    public sealed record Started(Uri ConsentUrl, Instant ExpiresAt) : ConsentStart;

    /// <summary>No such staff member.</summary>
    public sealed record NotFound(string Detail) : ConsentStart;

    /// <summary>The app has no Google client to ask consent with.</summary>
    public sealed record NotConfigured : ConsentStart;
}
