namespace AppointmentBooking.Functions.Http;

/// <summary>Limits every HTTP function applies to what clients send.</summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 64 * 1024;
}
