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

    [Fact]
    public void MountedSecretFiles_AreRead_AsConfiguration()
    {
        var secrets = Directory.CreateTempSubdirectory("dealbot-secrets");
        File.WriteAllText(Path.Combine(secrets.FullName, "DealBot__ConversationMinutes"), "7");
        Environment.SetEnvironmentVariable("DEALBOT_SECRETS_DIR", secrets.FullName);
        try
        {
            var builder = HostSetup.CreateBuilder([]);

            Assert.Equal("7", builder.Configuration["DealBot:ConversationMinutes"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("DEALBOT_SECRETS_DIR", null);
            secrets.Delete(recursive: true);
        }
    }
}
