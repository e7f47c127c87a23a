using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>A calendar consent under way; id = the consent id. Deleted when completed, and by its TTL otherwise.</summary>
public sealed record CalendarConsentDocument : CosmosDocument
{
    public override string Type => DocumentTypes.CalendarConsent;

    public required string StaffId { get; init; }

    public required string MemberId { get; init; }

    public required string CodeVerifier { get; init; }

    public required Instant ExpiresAt { get; init; }
}
