using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DealBot.Redis.Tests.Fixtures;

/// <summary>Keeps every message, so a test can prove Redis really answered (no fallback was taken).</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Messages.Enqueue(formatter(state, exception));
}
