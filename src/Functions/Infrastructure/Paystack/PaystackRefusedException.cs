namespace AppointmentBooking.Functions.Infrastructure.Paystack;

/// <summary>Paystack refused a call (4xx, or <c>status: false</c>) for a reason a retry will not change.</summary>
internal sealed class PaystackRefusedException(int status, string? code, string reason) : Exception($"Paystack answered {status}: {reason}")
{
    public int Status { get; } = status;

    /// <summary>Paystack's error code, such as <c>duplicate_reference</c>, when it gives one.</summary>
    public string? Code { get; } = code;
}
