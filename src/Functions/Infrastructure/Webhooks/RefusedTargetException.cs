namespace AppointmentBooking.Functions.Infrastructure.Webhooks;

/// <summary>A connection was not made because the target's address is not public.</summary>
public sealed class RefusedTargetException : Exception
{
    public RefusedTargetException(string message)
        : base(message)
    {
    }

    public RefusedTargetException()
    {
    }

    public RefusedTargetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
