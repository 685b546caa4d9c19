using DealBot.Cli;
using DealBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace DealBot.Tests;

public sealed class PlatformSelectionTests
{
    [Fact]
    public void NoTokens_MeansNoPlatform_SoTheConsoleChatRuns()
    {
        var error = new StringWriter();

        Assert.Null(PlatformSelection.TryRun(Configuration(), error));
        Assert.Equal("", error.ToString());
    }

    [Theory]
    [InlineData("Discord:Token", "Discord")]
    [InlineData("Slack:BotToken", "Slack")]
    [InlineData("Slack:AppToken", "Slack")]
    public void AToken_SelectsItsPlatform(string key, string platform)
    {
        Assert.Equal(platform, PlatformSelection.ConfiguredPlatform(Configuration((key, "xoxb-123"))));
    }

    [Fact]
    public void BlankToken_DoesNotCount()
    {
        Assert.Null(PlatformSelection.ConfiguredPlatform(Configuration(("Discord:Token", "  "), ("Slack:BotToken", ""))));
    }

    [Fact]
    public void ConfiguredPlatform_IsReportedAsNotBuiltYet_WithoutTheToken()
    {
        var error = new StringWriter();

        var exit = PlatformSelection.TryRun(Configuration(("Discord:Token", "very-secret")), error);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains("Discord is configured, but platform support is not built yet", error.ToString());
        Assert.DoesNotContain("very-secret", error.ToString());
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) => new ConfigurationBuilder()
        .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
        .Build();
}
