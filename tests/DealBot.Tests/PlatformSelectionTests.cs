using DealBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace DealBot.Tests;

public sealed class PlatformSelectionTests
{
    [Fact]
    public void NoTokens_MeansNoPlatform_SoTheConsoleChatRuns() => Assert.False(PlatformSelection.From(Configuration()).Any);

    [Theory]
    [InlineData("Discord:Token", true, false)]
    [InlineData("Slack:BotToken", false, true)]
    [InlineData("Slack:AppToken", false, true)]
    [InlineData("Slack:SigningSecret", false, true)]
    [InlineData("Slack:ClientId", false, true)]
    public void ACredential_SelectsItsPlatform(string key, bool discord, bool slack) =>
        Assert.Equal(new PlatformSelection(discord, slack), PlatformSelection.From(Configuration((key, "x-123"))));

    [Fact]
    public void BothConfigured_OneHostServesBoth() =>
        Assert.Equal("Discord and Slack", PlatformSelection.From(Configuration(("Discord:Token", "a"), ("Slack:BotToken", "xoxb-1"))).ToString());

    [Fact]
    public void BlankToken_DoesNotCount() =>
        Assert.False(PlatformSelection.From(Configuration(("Discord:Token", "  "), ("Slack:BotToken", ""))).Any);

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) => new ConfigurationBuilder()
        .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
        .Build();
}
