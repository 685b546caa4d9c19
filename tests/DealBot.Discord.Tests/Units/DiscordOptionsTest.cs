using DealBot.Discord.Tests.Harness;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DealBot.Discord.Tests.Units;

/// <summary>Start-up validation: every problem is one sentence naming the key, and the token never appears.</summary>
public sealed class DiscordOptionsTest
{
    [Fact]
    public void ValidSettings_PassAndBind()
    {
        var options = Validate(new()
        {
            ["Discord:Token"] = TestToken.Value,
            ["Discord:ShardCount"] = "4",
            ["Discord:ShardIds"] = "2-3",
            ["Discord:CommandGuildIds"] = "11111111111111111, 22222222222222222",
            ["Discord:MessageContentIntent"] = "true",
            ["Discord:GatewayUrl"] = "ws://127.0.0.1:1/gateway",
        }, out var problems);

        Assert.Empty(problems);
        Assert.Equal(new ShardRange(2, 3), options!.ShardIds);
        Assert.Equal(["11111111111111111", "22222222222222222"], options.CommandGuildIds);
        Assert.True(options.MessageContentIntent);
        Assert.Equal(50, options.GlobalRequestsPerSecond);
        Assert.DoesNotContain(TestToken.Value, options.ToString());
    }

    [Fact]
    public void MissingToken_IsOneClearProblem()
    {
        Validate(new(), out var problems);

        Assert.Equal("Discord:Token is required", Assert.Single(problems)[..25]);
    }

    [Theory]
    [InlineData("Bot MTAwMDAwMDAwMDAwMDAwMDAx.GhJkLm.Zx9_Qw", "without the 'Bot ' prefix")]
    [InlineData("not-a-token", "is not a Discord bot token")]
    [InlineData("bm90IGRpZ2l0cw.GhJkLm.Zx9_Qw", "is not a Discord bot token")]
    public void MalformedToken_IsReportedWithoutEchoingIt(string token, string expected)
    {
        Validate(new() { ["Discord:Token"] = token }, out var problems);

        var problem = Assert.Single(problems);
        Assert.Contains(expected, problem);
        Assert.DoesNotContain(token, problem);
    }

    [Fact]
    public void EveryBadValue_IsItsOwnProblem()
    {
        Validate(new()
        {
            ["Discord:Token"] = TestToken.Value,
            ["Discord:Tokn"] = "x",
            ["Discord:ShardCount"] = "two",
            ["Discord:ShardIds"] = "3-1",
            ["Discord:GlobalRequestsPerSecond"] = "0",
            ["Discord:ApiBaseUrl"] = "ftp://example.invalid",
            ["Discord:GatewayUrl"] = "http://example.invalid",
            ["Discord:PublicKey"] = "xyz",
            ["Discord:ApplicationId"] = "abc",
            ["Discord:CommandGuildIds"] = "1,x",
            ["Discord:PingAsker"] = "yes",
        }, out var problems);

        string[] keys = ["Tokn", "ShardCount", "ShardIds", "GlobalRequestsPerSecond", "ApiBaseUrl", "GatewayUrl", "PublicKey", "ApplicationId", "CommandGuildIds", "PingAsker"];
        Assert.Equal(keys.Length, problems.Count);
        Assert.All(keys, key => Assert.Single(problems, p => p.StartsWith($"Discord:{key} ", StringComparison.Ordinal)));
    }

    [Fact]
    public void ShardIdsBeyondShardCount_IsAProblem()
    {
        Validate(new() { ["Discord:Token"] = TestToken.Value, ["Discord:ShardCount"] = "2", ["Discord:ShardIds"] = "1-2" }, out var problems);

        Assert.Contains("shard ids run from 0 to 1", Assert.Single(problems));
    }

    private static DiscordOptions? Validate(Dictionary<string, string?> settings, out IReadOnlyList<string> problems)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddChatPipeline(TimeProvider.System);
        services.AddDiscordPlatform(configuration);
        using var provider = services.BuildServiceProvider();
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
            problems = [];
            return provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            problems = e.Failures.ToArray();
            return null;
        }
    }
}
