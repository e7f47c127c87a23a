namespace AppointmentBooking.Functions.Infrastructure.PayFast;

/// <summary>PayFast's API refused a call for a reason retrying will not change (4xx): the message says why, for the owner.</summary>
internal sealed class PayFastRefusedException(string message) : Exception(message);
