using DealBot.Hosting;

namespace DealBot.Tests;

public sealed class HostSetupTests
{
    [Fact]
    public void RootAppSettings_IsCopiedBesideTheHostAndLoaded()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, HostSetup.SettingsFile)));

        var builder = HostSetup.CreateBuilder([]);

        Assert.Equal("60", builder.Configuration["DealBot:ConversationMinutes"]);
        Assert.Equal("http://localhost:8080", builder.Configuration["Urls"]);
    }

    [Fact]
    public void CommandLineOverrides_WinOverTheSettingsFile()
    {
        var builder = HostSetup.CreateBuilder(["--DealBot:ConversationMinutes=5"]);

        Assert.Equal("5", builder.Configuration["DealBot:ConversationMinutes"]);
    }
}
