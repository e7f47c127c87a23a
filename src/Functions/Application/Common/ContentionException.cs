namespace AppointmentBooking.Functions.Application.Common;

/// <summary>Every attempt of an optimistic write lost its race: the document kept changing. Retrying later is safe.</summary>
public sealed class ContentionException : Exception
{
    public ContentionException(string message)
        : base(message)
    {
    }

    public ContentionException()
    {
    }

    public ContentionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
