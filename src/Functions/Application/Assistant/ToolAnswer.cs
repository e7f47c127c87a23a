namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>
/// What a tool tells the model: the result, or why it refused (the booking API's reason, or every bad
/// argument at once, as the HTTP API names bad fields).
/// </summary>
public sealed record ToolAnswer(bool Ok, object? Result = null, string? Refusal = null, IReadOnlyList<ToolArgumentError>? Errors = null)
{
    public static ToolAnswer Done(object result) => new(true, result);

    public static ToolAnswer Refused(string reason) => new(false, Refusal: reason);

    public static ToolAnswer Invalid(IReadOnlyList<ToolArgumentError> errors) =>
        new(false, Refusal: "Some arguments are not valid; see errors.", Errors: errors);
}
