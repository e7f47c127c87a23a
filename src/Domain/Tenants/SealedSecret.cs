namespace AppointmentBooking.Domain.Tenants;

/// <summary>
/// A credential as stored: encrypted by the application, opaque to the domain and never shown to
/// anyone. Only the adapter that talks to the gateway opens it.
/// </summary>
/// <param name="Ciphertext">The encrypted value.</param>
public sealed record SealedSecret(string Ciphertext)
{
    /// <inheritdoc />
    public override string ToString() => "SealedSecret(***)";
}
