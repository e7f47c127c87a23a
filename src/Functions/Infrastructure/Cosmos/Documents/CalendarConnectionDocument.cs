using AppointmentBooking.Domain.Calendar;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>A staff member's calendar connection; id = <c>cal-{staffId}</c>. The refresh token is stored sealed only (<c>v2:{keyId}:...</c>).</summary>
public sealed record CalendarConnectionDocument : CosmosDocument
{
    public override string Type => DocumentTypes.CalendarConnection;

    public required string StaffId { get; init; }

    public required string Provider { get; init; }

    public required string CalendarId { get; init; }

    public required string SealedRefreshToken { get; init; }

    public IReadOnlyList<string> Scopes { get; init; } = [];

    public required Instant ConnectedAt { get; init; }

    public required string ConnectedBy { get; init; }

    public required CalendarConnectionStatus Status { get; init; }

    public Instant? LostAt { get; init; }

    public string? LostReason { get; init; }

    public Instant? OwnerToldAt { get; init; }
}
