using YamlDotNet.RepresentationModel;

namespace DealBot.Deploy.Tests.Manifests;

public sealed class ComposeTest
{
    private static readonly YamlMappingNode Compose = Yaml.Documents(Path.Combine(Repository.Deploy, "docker-compose.yml")).Single();

    private static YamlMappingNode Bot => Compose.Map("services", "bot");

    [Fact]
    public void Services_AreTheBotAndRedis()
    {
        Assert.Equal(["bot", "redis"], Compose.Map("services").Children.Keys.Select(k => ((YamlScalarNode)k).Value).Order());
        Assert.Equal("service_healthy", Bot.Text("depends_on", "redis", "condition"));
        Assert.NotNull(Compose.Find("services", "redis", "healthcheck", "test"));
    }

    [Fact]
    public void Bot_IsBuiltFromTheDeployDockerfile_InTheRepositoryRoot()
    {
        Assert.Equal("..", Bot.Text("build", "context"));
        Assert.Equal("deploy/Dockerfile", Bot.Text("build", "dockerfile"));
    }

    [Fact]
    public void Bot_RunsReadOnlyAsNonRoot_WithTmpAndADataVolume()
    {
        Assert.Equal("true", Bot.Text("read_only"));
        Assert.Equal("1654:1654", Bot.Text("user"));
        Assert.Contains(Bot.Seq("tmpfs"), t => ((YamlScalarNode)t).Value == "/tmp");
        Assert.Contains(Bot.Seq("volumes"), v => ((YamlScalarNode)v).Value!.EndsWith(":/data", StringComparison.Ordinal));
    }

    [Fact]
    public void Bot_IsConfiguredByEnvironment_AndReachesTheRedisService()
    {
        var environment = Bot.Map("environment").Strings();

        Assert.Equal("redis:6379", environment["Redis__Configuration"]);
        Assert.Equal("json", environment["Logging__Console__FormatterName"]);
        Assert.All(environment.Keys, key => Assert.Matches("^[A-Za-z]+__[A-Za-z_]+", key));
    }

    [Fact]
    public void Secrets_AreFilesNamedByTheirConfigurationKey_NeverEnvironmentValues()
    {
        var secrets = Bot.Seq("secrets").Select(s => (Source: s.Text("source")!, Target: s.Text("target")!)).ToList();
        var declared = Compose.Map("secrets");

        Assert.Equal(["Discord__Token", "Slack__BotToken", "Slack__SigningSecret"], secrets.Select(s => s.Target).Order());
        Assert.All(secrets, s => Assert.StartsWith("./secrets/", declared.Text(s.Source, "file"), StringComparison.Ordinal));
        Assert.DoesNotContain(Bot.Map("environment").Strings().Keys, k => k.Contains("Token", StringComparison.Ordinal) || k.Contains("Secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Stop_AllowsTheTenSecondShutdown()
    {
        Assert.Equal("15s", Bot.Text("stop_grace_period"));
    }
}
