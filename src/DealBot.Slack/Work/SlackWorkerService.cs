using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Slack.Work;

/// <summary>
/// Runs <see cref="SlackWorkQueue"/> on a fixed number of workers. On stop it accepts nothing new and finishes what was
/// already acknowledged to Slack (an acked event is never redelivered), until the host's shutdown timeout.
/// A failing item is logged and the worker goes on.
/// </summary>
internal sealed partial class SlackWorkerService(SlackWorkQueue queue, IOptions<SlackOptions> options, ILogger<SlackWorkerService> logger)
    : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _abort = new();
    private Task[] _workers = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _workers = Enumerable.Range(0, options.Value.Workers).Select(_ => Task.Run(RunAsync, CancellationToken.None)).ToArray();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        try
        {
            await Task.WhenAll(_workers).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await _abort.CancelAsync();
        }
    }

    public void Dispose() => _abort.Dispose();

    private async Task RunAsync()
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(_abort.Token))
            {
                try
                {
                    await item.Run(_abort.Token);
                }
                catch (Exception e) when (!_abort.IsCancellationRequested)
                {
                    LogFailed(e, item.Kind, item.Id);
                }
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // Hard stop: the host's shutdown timeout ran out.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack {WorkKind} {DeliveryId} failed")]
    private partial void LogFailed(Exception exception, string workKind, string deliveryId);
}
