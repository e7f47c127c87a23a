using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Functions.Application.Management;

/// <summary>
/// The shape of every edit of a versioned resource: it must exist, still be at the version the caller
/// read (else nothing is written), pass the edit's own checks, and be written under that version — a
/// writer that got in between makes the write fail, which the caller sees as stale too.
/// </summary>
public static class VersionedEdit
{
    public static async Task<ChangeOutcome<T>> ApplyAsync<T>(
        Versioned<T>? current,
        string expectedVersion,
        string missing,
        Func<Versioned<T>, Task<ChangeOutcome<T>>> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (current is null)
        {
            return new ChangeOutcome<T>.NotFound(missing);
        }

        return Versions.Same(current.Version, expectedVersion) ? await edit(current) : new ChangeOutcome<T>.Stale();
    }
}
