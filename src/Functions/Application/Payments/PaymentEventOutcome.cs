namespace AppointmentBooking.Functions.Application.Payments;

/// <summary>What handling a verified notification did; the gateway is answered 200 in every case, so it does not resend.</summary>
public enum PaymentEventOutcome
{
    /// <summary>Recorded and acted on.</summary>
    Recorded,

    /// <summary>Handled before: nothing done.</summary>
    Duplicate,

    /// <summary>Amount or currency differ from the deposit due: recorded as an anomaly, the booking not confirmed.</summary>
    Anomaly,

    /// <summary>About a booking or checkout the app does not know: logged, nothing changed.</summary>
    UnknownPayment,
}
