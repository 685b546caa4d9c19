using DealBot.Charts;
using DealBot.Core.Answers;
using DealBot.Slack.Bots;
using DealBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace DealBot.Slack.Formatting;

/// <summary>
/// Draws an answer's chart and uploads it through files v2, always from the work queue (never on the ack path), after
/// the text answer was posted: the answer stands on its own, the chart follows in its thread. A chart that cannot be
/// drawn or uploaded (no fonts, no files:write scope, the bot not in the channel) is logged and skipped.
/// </summary>
internal sealed partial class SlackCharts
{
    private readonly SlackApiClient _api;
    private readonly ChartRenderer _renderer;
    private readonly ILogger<SlackCharts> _logger;

    public SlackCharts(SlackApiClient api, ILogger<SlackCharts> logger)
    {
        _api = api;
        _logger = logger;
        _renderer = new ChartRenderer(LogProblem);
    }

    /// <summary>Draws and uploads the chart of <paramref name="answer"/>, if it has one; true when it was shared.</summary>
    public async Task<bool> PostAsync(SlackBot bot, string channel, string? threadTs, Answer answer, CancellationToken cancellationToken)
    {
        if (answer.Chart is not { } chart || _renderer.Render(chart) is not { } image)
        {
            return false;
        }

        try
        {
            var file = new SlackFile(image.FileName, image.Png, "image/png", chart.Title, image.AltText);
            await _api.UploadFileAsync(bot.Token, channel, threadTs, file, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException)
        {
            LogUploadFailed(channel, e.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack charts: {Problem}")]
    private partial void LogProblem(string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack chart upload to {ChannelId} failed ({Reason}); the answer stands without it")]
    private partial void LogUploadFailed(string channelId, string reason);
}
