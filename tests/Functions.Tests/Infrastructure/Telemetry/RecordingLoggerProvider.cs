using Microsoft.Extensions.Logging;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Telemetry;

/// <summary>Keeps each log message with the key-value pairs of the scope it was written in.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider, ILogger
{
    private IReadOnlyList<KeyValuePair<string, object?>> scope = [];

    public List<(string Message, IReadOnlyList<KeyValuePair<string, object?>> Scope)> Entries { get; } = [];

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
    {
        scope = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        return null;
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Add((formatter(state, exception), scope));

    public void Dispose()
    {
    }
}
