using Microsoft.Extensions.Logging;

namespace DealBot.Hosting.Metrics;

/// <summary>
/// Counts every log entry at Error or above, tagged with its category, so /metrics shows errors from every layer
/// (each adapter logs at its boundary) without each one counting them. It writes nothing itself.
/// </summary>
public sealed class ErrorCountingLoggerProvider(DealBotMetrics metrics) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Counting(metrics, new KeyValuePair<string, object?>("category", categoryName));

    public void Dispose()
    {
    }

    private sealed class Counting(DealBotMetrics metrics, KeyValuePair<string, object?> category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                metrics.Errors.Add(1, category);
            }
        }
    }
}
