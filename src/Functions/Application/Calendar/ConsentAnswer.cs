namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>What the provider's consent page sent back through the browser: the code, or an error, and the state.</summary>
public sealed record ConsentAnswer(string? Code, string? State, string? Error)
{
    /// <inheritdoc />
    public override string ToString() => $"ConsentAnswer(code: ***, state: ***, error: {Error})";
}
