namespace AppointmentBooking.Domain.Members;

/// <summary>
/// Finds the tenants a person may belong to, which their rosters (one per tenant) cannot answer without
/// visiting every tenant. The index may name a tenant the person has since left: each roster decides.
/// </summary>
public interface IMembershipIndex
{
    /// <summary>Tenants whose roster names <paramref name="identity"/>, or invites its verified e-mail address.</summary>
    Task<IReadOnlyList<string>> CandidateTenantsAsync(Identity identity, CancellationToken cancellationToken);
}
