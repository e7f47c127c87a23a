namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>The model endpoint could not answer (unreachable, refused, throttled, failed); the adapter translates its SDK's errors into this.</summary>
public sealed class AssistantModelException : Exception
{
    public AssistantModelException()
    {
    }

    public AssistantModelException(string message)
        : base(message)
    {
    }

    public AssistantModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
