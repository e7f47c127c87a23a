namespace AppointmentBooking.LocalHost;

/// <summary>
/// The name of the function the current async flow runs in, like the host's invocation context: lets
/// diagnostics (and the tests' Cosmos request counter) tell an HTTP request's work from a queue function's.
/// </summary>
public static class FunctionScope
{
    private static readonly AsyncLocal<string?> CurrentName = new();

    public static string? Current => CurrentName.Value;

    /// <summary>Sets the name for the rest of this async flow; the caller's flow is unaffected.</summary>
    internal static void Enter(string functionName) => CurrentName.Value = functionName;
}
