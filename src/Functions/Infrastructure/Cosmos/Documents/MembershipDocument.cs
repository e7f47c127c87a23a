namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>
/// "This person is named in that tenant's roster", in the directory partition: the index that lists a
/// person's tenants. <see cref="Key"/> hashes the identity (issuer and subject) or an invited e-mail address.
/// </summary>
public sealed record MembershipDocument : CosmosDocument
{
    public override string Type => DocumentTypes.Membership;

    public required string Key { get; init; }

    public required string TargetTenantId { get; init; }
}
