namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>
/// The one-time code that confirms the change the assistant prepared. It is shown to the customer only (the model
/// never sees it); sending it back in a message confirms.
/// </summary>
public sealed record AssistantConfirmationResponse(string Code, string ExpiresAt, string Prompt);
