namespace AppointmentBooking.Functions.Application.Management;

/// <summary>
/// Compares a stored version with the one a caller sent back. Stores quote their ETags or not
/// (Cosmos DB does, its emulator does not), and HTTP always quotes them, so quotes do not count.
/// </summary>
public static class Versions
{
    public static bool Same(string stored, string expected)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(expected);
        return string.Equals(Bare(stored), Bare(expected), StringComparison.Ordinal);
    }

    /// <summary>The version without surrounding quotes.</summary>
    public static string Bare(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.Length >= 2 && version[0] == '"' && version[^1] == '"' ? version[1..^1] : version;
    }
}
