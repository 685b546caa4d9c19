using DealBot.Hosting;
using Microsoft.Extensions.Options;

namespace DealBot.Mcp.Tests;

/// <summary>The <c>Mcp</c> section is checked at start-up: keys where the service is reachable, sane limits, no secrets in messages.</summary>
public sealed class McpOptionsValidatorTests
{
    private const string Key = "a-key-of-at-least-16-characters";

    [Theory]
    [InlineData("http://localhost:8080", true)]
    [InlineData("http://127.0.0.1:0;http://[::1]:8080", true)]
    [InlineData("http://+:8080", false)]
    [InlineData("http://*:8080", false)]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("http://localhost:8080;http://10.0.0.5:8080", false)]
    [InlineData(null, true)]
    public void ListenAddresses_AreLoopback_OnlyForLoopbackHosts(string? urls, bool loopback)
    {
        Assert.Equal(loopback, ListenAddresses.AreLoopback(urls));
    }

    [Theory]
    [InlineData("http://+:8080")]
    [InlineData("http://0.0.0.0:8080")]
    public void Enabled_WithoutKeys_BeyondLoopback_Fails(string urls)
    {
        var result = new McpOptionsValidator(urls).Validate(null, new McpOptions { Enabled = true });

        Assert.True(result.Failed);
        Assert.Contains("Mcp:ApiKeys: required when the service listens beyond loopback", result.FailureMessage);
    }

    [Fact]
    public void Enabled_WithoutKeys_OnLoopback_Passes()
    {
        Assert.True(new McpOptionsValidator("http://127.0.0.1:0").Validate(null, new McpOptions { Enabled = true }).Succeeded);
    }

    [Fact]
    public void ShortKey_Fails_WithoutPrintingIt()
    {
        var result = new McpOptionsValidator("http://+:8080").Validate(null, new McpOptions { ApiKeys = ["short-secret"] });

        Assert.True(result.Failed);
        Assert.Contains("at least 16 characters", result.FailureMessage);
        Assert.DoesNotContain("short-secret", result.FailureMessage);
    }

    [Theory]
    [InlineData(0, 20, 16384, "Mcp:RateLimitPerMinute")]
    [InlineData(120, 0, 16384, "Mcp:RateLimitBurst")]
    [InlineData(120, 20, 100, "Mcp:MaxRequestBytes")]
    public void Limits_OutOfRange_Fail(int perMinute, int burst, int maxBytes, string setting)
    {
        var options = new McpOptions { ApiKeys = [Key], RateLimitPerMinute = perMinute, RateLimitBurst = burst, MaxRequestBytes = maxBytes };

        Assert.Contains(setting, new McpOptionsValidator("http://+:8080").Validate(null, options).FailureMessage);
    }

    [Fact]
    public void Service_WithOnlyMcpEnabled_BeyondLoopback_FailsAtStartUp()
    {
        string[] args = ["--Urls=http://0.0.0.0:0", "--Mcp:Enabled=true"];

        var error = Assert.Throws<OptionsValidationException>(() => ServiceHost.Build(args, PlatformSelection.From(HostSetup.ReadConfiguration(args))));

        Assert.Contains("Mcp:ApiKeys", error.Message);
    }

    [Fact]
    public void PlatformSelection_WithOnlyApiKeys_ServesTheApi()
    {
        var platforms = PlatformSelection.From(HostSetup.ReadConfiguration([$"--Mcp:ApiKeys:0={Key}"]));

        Assert.Equal(new PlatformSelection(Discord: false, Slack: false, Api: true), platforms);
        Assert.True(platforms.Any);
    }
}
