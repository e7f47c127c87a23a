using NodaTime;

namespace AppointmentBooking.Functions.Application.Dashboard;

/// <summary>A token that opens one tenant's event stream for one member until <paramref name="ExpiresAt"/>.</summary>
public sealed record StreamToken(string Token, Instant ExpiresAt);
