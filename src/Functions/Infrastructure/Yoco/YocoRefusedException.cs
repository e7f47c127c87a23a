namespace AppointmentBooking.Functions.Infrastructure.Yoco;

/// <summary>Yoco refused a call (4xx) for a reason a retry will not change.</summary>
internal sealed class YocoRefusedException(int status, string reason) : Exception($"Yoco answered {status}: {reason}")
{
    public int Status { get; } = status;

    public string Reason { get; } = reason;
}
