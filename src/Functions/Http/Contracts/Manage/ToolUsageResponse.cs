namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>How often an assistant tool ran, and how often it refused.</summary>
public sealed record ToolUsageResponse(int Calls, int Refused);
