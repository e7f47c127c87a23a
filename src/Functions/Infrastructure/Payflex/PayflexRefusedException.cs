namespace AppointmentBooking.Functions.Infrastructure.Payflex;

/// <summary>Payflex refused a call (4xx) for a reason a retry will not change.</summary>
internal sealed class PayflexRefusedException(int status, string reason) : Exception($"Payflex answered {status}: {reason}")
{
    public int Status { get; } = status;
}
