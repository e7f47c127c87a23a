namespace AppointmentBooking.LocalHost.Fakes.OpenAi;

/// <summary>A function call the fake model makes: the tool's name and its JSON arguments, as the model would write them.</summary>
public sealed record FakeToolCall(string Id, string Name, string ArgumentsJson);
