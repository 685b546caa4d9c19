using DealBot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Slack.SocketMode;

/// <summary>
/// Keeps one Socket Mode connection open for as long as the host runs, and owns every reconnect (no fire-and-forget):
/// each connection gets a fresh URL from apps.connections.open; on a refresh notice the next connection opens at once
/// while the old one drains; drops, failed opens and too_many_websockets reconnect with backoff and jitter (never
/// sooner than Slack's Retry-After); link_disabled or a refused app token stop it (HTTP keeps working). Never logs the
/// app token.
/// </summary>
internal sealed partial class SocketModeService(
    SlackApiClient api,
    SocketEnvelopeHandler handler,
    SocketModeReadinessCheck readiness,
    IOptions<SlackOptions> options,
    TimeProvider clock,
    ILogger<SocketModeService> logger) : BackgroundService
{
    /// <summary>A connection that served this long before dropping was healthy; a shorter one counts toward backoff.</summary>
    private static readonly TimeSpan HealthyAfter = TimeSpan.FromSeconds(10);

    private int _connections;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var draining = new List<Task>();
        var failures = 0;
        var shortLived = 0;
        var retryAfter = TimeSpan.Zero;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var delay = ReconnectPolicy.Delay(failures, Random.Shared.NextDouble(), retryAfter);
                if (delay > TimeSpan.Zero)
                {
                    LogBackoff(delay.TotalSeconds, failures);
                }

                await Task.Delay(delay, clock, stoppingToken);
                SocketModeConnection? connection;
                (connection, retryAfter) = await TryConnectAsync(stoppingToken);
                if (connection is null)
                {
                    failures++;
                    continue;
                }

                readiness.Opened(connection);
                var opened = clock.GetTimestamp();
                var end = await WaitAsync(connection, stoppingToken);

                // A socket that says hello and drops at once is failing too: the first such drop reconnects at once (a
                // blip), more in a row back off, so a broken endpoint is not hammered. too_many_websockets refuses one
                // socket more than Slack allows; asking again at once is refused again.
                shortLived = end is SocketEnd.Dropped or SocketEnd.Idle && clock.GetElapsedTime(opened) < HealthyAfter ? shortLived + 1 : 0;
                failures = connection.HelloReceived && end != SocketEnd.TooManyConnections ? Math.Max(0, shortLived - 1) : failures + 1;
                draining.RemoveAll(t => t.IsCompleted);
                if (end == SocketEnd.Refresh)
                {
                    // Make before break: the old socket still acks what Slack sends until it closes.
                    draining.Add(connection.DrainAsync(stoppingToken));
                    continue;
                }

                readiness.Closed(connection);
                await connection.DisposeAsync();
                if (end == SocketEnd.LinkDisabled)
                {
                    LogLinkDisabled();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
        catch (SlackApiException e) when (e.IsAuthFailure)
        {
            LogTokenRefused(e.Error);
        }
        finally
        {
            await Task.WhenAll(draining);
        }
    }

    private static async Task<SocketEnd> WaitAsync(SocketModeConnection connection, CancellationToken stoppingToken)
    {
        try
        {
            return await connection.Signal.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A connected socket, or null after a failure that is worth retrying (with Slack's Retry-After, if any).</summary>
    private async Task<(SocketModeConnection? Connection, TimeSpan RetryAfter)> TryConnectAsync(CancellationToken stoppingToken)
    {
        var id = Interlocked.Increment(ref _connections);
        SocketModeConnection? connection = null;
        try
        {
            var url = await api.OpenConnectionAsync(options.Value.AppToken!, stoppingToken);
            connection = new SocketModeConnection(id, handler, options.Value, clock, logger);
            await connection.ConnectAsync(url, stoppingToken);
            LogConnected(id);
            return (connection, TimeSpan.Zero);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested && e is not SlackApiException { IsAuthFailure: true })
        {
            LogConnectFailed(id, e.Message);
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            return (null, (e as SlackApiException)?.RetryAfter ?? TimeSpan.Zero);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode connection {ConnectionId} open")]
    private partial void LogConnected(int connectionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode connection {ConnectionId} failed: {Reason}")]
    private partial void LogConnectFailed(int connectionId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode: reconnecting in {DelaySeconds:0.#} s ({Failures} failed in a row)")]
    private partial void LogBackoff(double delaySeconds, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode was turned off in the app's settings (link_disabled): not reconnecting")]
    private partial void LogLinkDisabled();

    [LoggerMessage(Level = LogLevel.Critical, Message = "Slack refused the app token ({Error}): Socket Mode stopped. Check Slack:AppToken")]
    private partial void LogTokenRefused(string error);
}
