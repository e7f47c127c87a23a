using System.Security.Cryptography;
using System.Text;

namespace AppointmentBooking.Functions.Application.Management;

/// <summary>
/// Ids of created resources. With the client's Idempotency-Key the id derives from it, so a retried
/// create finds what the first try made instead of making a second one; without, it is random.
/// </summary>
public static class ResourceIds
{
    public static string New(string prefix, string tenantId, string? idempotencyKey) =>
        idempotencyKey is null
            ? $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)]
            : $"{prefix}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{tenantId}\n{prefix}\n{idempotencyKey}")))[..12]}";
}
