using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AppointmentBooking.Load;

/// <summary>Counts the app's warnings and errors during the run and keeps the first few, exception text included.</summary>
internal sealed class AppLog : ILoggerProvider
{
    private const int Kept = 5;
    private readonly ConcurrentQueue<string> samples = new();
    private int warnings;
    private int errors;

    public int Warnings => warnings;

    public int Errors => errors;

    public IEnumerable<string> Samples => samples;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Record(LogLevel level, string category, string message, Exception? exception)
    {
        if (level >= LogLevel.Error)
        {
            Interlocked.Increment(ref errors);
        }
        else
        {
            Interlocked.Increment(ref warnings);
        }

        if (samples.Count < Kept)
        {
            samples.Enqueue($"{level} {category}: {message}{(exception is null ? string.Empty : Environment.NewLine + exception)}");
        }
    }

    private sealed class Logger(AppLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Record(logLevel, category, formatter(state, exception), exception);
            }
        }
    }
}
