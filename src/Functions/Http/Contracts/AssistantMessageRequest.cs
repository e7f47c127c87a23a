namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>
/// Body of the assistant's endpoints: the customer's message. With <see cref="Stream"/> true (or
/// <c>Accept: text/event-stream</c>) the reply is streamed as server-sent events.
/// </summary>
public sealed record AssistantMessageRequest(string? Message, bool? Stream);
