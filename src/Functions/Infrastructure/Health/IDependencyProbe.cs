namespace AppointmentBooking.Functions.Infrastructure.Health;

/// <summary>Checks that one external dependency answers; throws when it does not.</summary>
public interface IDependencyProbe
{
    string Name { get; }

    Task ProbeAsync(CancellationToken cancellationToken);
}
