using NodaTime;

namespace AppointmentBooking.Domain.Assistant;

/// <summary>One tool the assistant called in a turn: which, whether it did what was asked, and how long it took.</summary>
/// <param name="Name">The tool's name.</param>
/// <param name="Succeeded">False when the tool refused (bad arguments, no access, a rule of the booking API).</param>
/// <param name="Elapsed">How long the call took.</param>
public sealed record ToolCall(string Name, bool Succeeded, Duration Elapsed);
