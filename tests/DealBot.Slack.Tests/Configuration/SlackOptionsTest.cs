using DealBot.Slack.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DealBot.Slack.Tests.Configuration;

/// <summary>
/// Start-up validation through AddSlackPlatform: missing or malformed secrets fail at start with one message per
/// problem, naming the key and never the value.
/// </summary>
public sealed class SlackOptionsTest
{
    private const string Secret = "test-signing-secret-0123456789ab";
    private static readonly string Key = OAuthInstalls.NewKey();

    [Theory]
    [InlineData("BotToken+Secret")]
    [InlineData("AppToken+BotToken")]
    [InlineData("OAuth+Secret")]
    public void Validate_GoodCombination_Starts(string combination)
    {
        var settings = combination switch
        {
            "BotToken+Secret" => new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-1-2", ["Slack:SigningSecret"] = Secret },
            "AppToken+BotToken" => new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-1-2", ["Slack:AppToken"] = "xapp-1-2" },
            _ => new Dictionary<string, string?>
            {
                ["Slack:ClientId"] = "1.2", ["Slack:ClientSecret"] = "s", ["Slack:SigningSecret"] = Secret, ["Slack:TokenEncryptionKey"] = Key,
            },
        };

        Assert.Empty(Problems(settings));
    }

    [Fact]
    public void Validate_HttpModeWithoutSigningSecret_SaysSo()
    {
        var problems = Problems(new() { ["Slack:BotToken"] = "xoxb-1-2" });

        Assert.Equal(["Slack:SigningSecret is required in HTTP mode (when Slack:AppToken is not set)."], problems);
    }

    [Fact]
    public void Validate_SwappedTokens_OneMessageEach()
    {
        var problems = Problems(new()
        {
            ["Slack:BotToken"] = "xapp-secret-bot-value",
            ["Slack:AppToken"] = "xoxb-secret-app-value",
        });

        Assert.Equal(
            [
                "Slack:BotToken must be a bot token: it starts with xoxb- and has no spaces.",
                "Slack:AppToken must be an app-level token: it starts with xapp- and has no spaces.",
            ],
            problems);
    }

    [Fact]
    public void Validate_NothingConfigured_SaysWhatToSet()
    {
        var problems = Problems(new() { ["Slack:SigningSecret"] = Secret });

        Assert.Equal(["Slack: set Slack:BotToken (one workspace) or Slack:ClientId and Slack:ClientSecret (OAuth installs)."], problems);
    }

    [Fact]
    public void Validate_ManyProblems_AllListedWithoutValues()
    {
        var problems = Problems(new()
        {
            ["Slack:BotToken"] = "xoxb- spaced",
            ["Slack:SigningSecret"] = "short",
            ["Slack:ClientId"] = "1.2",
            ["Slack:ApiBaseUrl"] = "slack.com/api",
            ["Slack:CommandNames:0"] = "deal",
            ["Slack:InlineReplyBudget"] = "00:00:05",
            ["Slack:Workers"] = "0",
        });

        Assert.Equal(8, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Slack:TokenEncryptionKey is required for OAuth installs", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Slack:SigningSecret looks malformed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Slack:ClientId and Slack:ClientSecret go together", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Slack:ApiBaseUrl", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Slack:CommandNames: \"deal\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Slack:InlineReplyBudget", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Slack:Workers", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("spaced", StringComparison.Ordinal) || p.Contains("short", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_OAuthWithoutKey_OneLineSayingHowToMakeOne()
    {
        var problems = Problems(new() { ["Slack:ClientId"] = "1.2", ["Slack:ClientSecret"] = "s", ["Slack:SigningSecret"] = Secret });

        var problem = Assert.Single(problems);
        Assert.StartsWith("Slack:TokenEncryptionKey is required for OAuth installs", problem, StringComparison.Ordinal);
        Assert.Contains("openssl rand -base64 32", problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("c2hvcnQga2V5")]
    [InlineData("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWYwMTIzNDU2Nzg5YWJjZGVm")]
    public void Validate_MalformedKeys_NamedButNeverShown(string malformed)
    {
        var problems = Problems(new()
        {
            ["Slack:ClientId"] = "1.2", ["Slack:ClientSecret"] = "s", ["Slack:SigningSecret"] = Secret,
            ["Slack:TokenEncryptionKey"] = malformed, ["Slack:PreviousTokenEncryptionKeys:0"] = Key, ["Slack:PreviousTokenEncryptionKeys:1"] = malformed,
        });

        Assert.Equal(
            [
                "Slack:TokenEncryptionKey must be 32 random bytes in base64 (make one with `openssl rand -base64 32`).",
                "Slack:PreviousTokenEncryptionKeys:1 must be 32 bytes in base64, as Slack:TokenEncryptionKey was.",
            ],
            problems);
    }

    [Fact]
    public void Validate_PreviousKeyWithoutCurrent_SaysSo()
    {
        var problems = Problems(new() { ["Slack:BotToken"] = "xoxb-1-2", ["Slack:SigningSecret"] = Secret, ["Slack:PreviousTokenEncryptionKeys:0"] = Key });

        Assert.Equal(["Slack:PreviousTokenEncryptionKeys only decrypt: set Slack:TokenEncryptionKey to the key that encrypts from now on."], problems);
    }

    [Fact]
    public void Validate_KeyFromASecretFile_TrailingNewlineAccepted()
    {
        Assert.Empty(Problems(new() { ["Slack:BotToken"] = "xoxb-1-2", ["Slack:SigningSecret"] = Secret, ["Slack:TokenEncryptionKey"] = Key + "\n" }));
    }

    [Fact]
    public void PreviousKeys_OneAsAPlainValue_ReadAsAList()
    {
        var previous = OAuthInstalls.NewKey();

        var options = Options(new()
        {
            ["Slack:BotToken"] = "xoxb-1", ["Slack:SigningSecret"] = Secret, ["Slack:TokenEncryptionKey"] = Key, ["Slack:PreviousTokenEncryptionKeys"] = previous,
        });

        Assert.Equal([previous], options.PreviousTokenEncryptionKeys);
    }

    [Fact]
    public async Task StartHost_OAuthWithoutKey_RefusesToStart()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:ClientId"] = "1.2", ["Slack:ClientSecret"] = "s", ["Slack:SigningSecret"] = Secret,
        });
        builder.Services.AddSingleton(ChatPipeline.Create(TimeProvider.System));
        builder.Services.AddSlackPlatform(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("openssl rand -base64 32", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartHost_BadOptions_FailsAtStart()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxp-user-token" });
        builder.Services.AddSingleton(ChatPipeline.Create(TimeProvider.System));
        builder.Services.AddSlackPlatform(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(2, error.Failures.Count());
        Assert.DoesNotContain("xoxp-user-token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandNames_Unset_Defaults()
    {
        var options = Options(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:SigningSecret"] = Secret });

        Assert.Equal(["/deal", "/ask", "/compare", "/whatif"], options.Commands);
    }

    [Fact]
    public void CommandNames_Configured_ReplaceDefaults()
    {
        var options = Options(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:SigningSecret"] = Secret, ["Slack:CommandNames:0"] = "/dealbot" });

        Assert.Equal(["/dealbot"], options.Commands);
    }

    private static SlackOptions Options(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSlackPlatform(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<SlackOptions>>().Value;
    }

    private static List<string> Problems(Dictionary<string, string?> settings)
    {
        try
        {
            Options(settings);
            return [];
        }
        catch (OptionsValidationException e)
        {
            return e.Failures.ToList();
        }
    }
}
