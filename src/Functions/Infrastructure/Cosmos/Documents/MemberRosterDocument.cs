namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>
/// All members of a tenant in one document (ARCHITECTURE.md's <c>member</c> type, kept together):
/// one point read authorises a request, and one conditional write keeps rules over all members —
/// such as "never remove the last owner" — true under concurrent edits.
/// </summary>
public sealed record MemberRosterDocument : CosmosDocument
{
    public const string DocumentId = "member-roster";

    public override string Type => DocumentTypes.MemberRoster;

    public IReadOnlyList<MemberDocument> Members { get; init; } = [];
}
