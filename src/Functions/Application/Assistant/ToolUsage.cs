namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>How often one tool ran in a period, and how often it refused.</summary>
public sealed record ToolUsage(int Calls, int Refused);
