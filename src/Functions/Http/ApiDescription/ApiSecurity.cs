namespace AppointmentBooking.Functions.Http.ApiDescription;

/// <summary>The credential an operation needs, as the OpenAPI document declares it.</summary>
public enum ApiSecurity
{
    /// <summary>Public: anyone may call it (rate-limited).</summary>
    None,

    /// <summary>A bearer JWT of a trusted issuer (management routes).</summary>
    Bearer,

    /// <summary>The booking's access token in the <c>Booking-Access-Token</c> header (a customer's own booking).</summary>
    BookingAccessToken,

    /// <summary>A short-lived stream token in the <c>token</c> query parameter (the event stream, which EventSource opens without headers).</summary>
    StreamToken,
}
