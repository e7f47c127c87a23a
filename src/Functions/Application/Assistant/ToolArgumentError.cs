namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>One bad tool argument, named as the tool names it, with what is wrong.</summary>
public sealed record ToolArgumentError(string Argument, string Message);
