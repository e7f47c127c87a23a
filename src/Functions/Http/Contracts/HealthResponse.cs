using AppointmentBooking.Functions.Infrastructure.Health;

namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>The health report when every dependency is up.</summary>
public sealed record HealthResponse(string Status, IReadOnlyDictionary<string, DependencyStatus> Dependencies);
