using DealBot.Redis.Tests.Fixtures;

namespace DealBot.Redis.Tests.Replicas;

/// <summary>
/// A replica started while Redis is down: it starts (answering alone), its first slash command is answered within
/// Slack's 3 s (the connection attempt is made as the host starts, not on the first message's path), and it shares
/// state once Redis is up.
/// </summary>
[Collection(OutageCollection.Name)]
public sealed class StartWithoutRedisTest : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private readonly string _data = Directory.CreateTempSubdirectory("dealbot-start-").FullName;
    private SlackFake _slack = null!;

    public async Task InitializeAsync() => _slack = await SlackFake.StartAsync();

    [Fact]
    public async Task RedisDownAtStart_FirstSlashCommandAnsweredInTime_SharesOnceRedisIsUp()
    {
        _redis.Kill();
        var settings = ReplicaSet.Settings(_redis, BotInstance.NewPrefix());
        foreach (var (key, value) in _slack.ReplicaSettings("a", _data, socketMode: false))
        {
            settings[key] = value;
        }

        await using var bot = await BotProcess.StartAsync(settings);
        var (body, took) = await SlackFake.SlashOverHttpAsync(bot.Http, "trigger.first", "C1");
        Assert.True(took < TimeSpan.FromSeconds(3), $"the first slash command was acked after {took.TotalMilliseconds:0} ms");
        Assert.Contains("\"blocks\"", body, StringComparison.Ordinal);

        _redis.Restart();
        await ReplicaSet.SharingAsync(bot);
    }

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        _redis.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}
