namespace AppointmentBooking.Domain.Calendar;

/// <summary>Where to send a person to give consent, and the PKCE verifier that must come back with the answer.</summary>
/// <param name="Url">The provider's consent page, with the request in its query.</param>
/// <param name="CodeVerifier">Kept by the app, never sent to the browser.</param>
public sealed record ConsentRequest(Uri Url, string CodeVerifier)
{
    /// <inheritdoc />
    public override string ToString() => "ConsentRequest(***)";
}
