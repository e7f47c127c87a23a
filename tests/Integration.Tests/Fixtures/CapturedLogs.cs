using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>
/// Every log line the app writes, at every level and from every category (the framework's and the HTTP
/// clients' included), while a test captures them: what a test asserts never to contain a secret.
/// </summary>
[ProviderAlias(nameof(CapturedLogs))]
public sealed class CapturedLogs : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<string> lines = new();
    private int capturing;

    /// <summary>Starts capturing; disposing the answer stops it.</summary>
    public IDisposable Capture()
    {
        lines.Clear();
        Interlocked.Increment(ref capturing);
        return new Stop(this);
    }

    /// <summary>The lines captured so far, with their exceptions and scopes' text.</summary>
    public IReadOnlyList<string> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
    {
        if (Volatile.Read(ref capturing) > 0)
        {
            lines.Enqueue($"scope: {state}");
        }

        return null;
    }

    public bool IsEnabled(LogLevel logLevel) => Volatile.Read(ref capturing) > 0;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (Volatile.Read(ref capturing) > 0)
        {
            lines.Enqueue($"{logLevel}: {formatter(state, exception)} {state} {exception}");
        }
    }

    public void Dispose()
    {
    }

    private sealed class Stop(CapturedLogs logs) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref logs.capturing);
    }
}
