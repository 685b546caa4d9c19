using DealBot.Chat;
using DealBot.Hosting;
using DealBot.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Tests;

/// <summary>The DealBot settings are checked at start-up (ValidateOnStart), each problem one clear sentence.</summary>
public sealed class OptionsValidationTests
{
    [Fact]
    public void Defaults_AreValid_AndMatchTheDocumentedValues()
    {
        using var services = Services();

        services.GetRequiredService<IStartupValidator>().Validate();
        var options = services.GetRequiredService<IOptions<DealBotOptions>>().Value;

        Assert.Null(options.CatalogPath);
        Assert.Equal(60, options.ConversationMinutes);
        Assert.Equal(20, options.RateLimitPerMinute);
        Assert.Equal(5, options.RateLimitBurst);
    }

    [Fact]
    public void ValidSettings_WireTheWholePipeline()
    {
        using var services = Services(("DealBot:ConversationMinutes", "5"));

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.NotNull(services.GetRequiredService<ChatEngine>());
        Assert.Same(services.GetRequiredService<ChatEngine>(), services.GetRequiredService<ChatEngine>());
        Assert.Equal(5, services.GetRequiredService<IOptions<DealBotOptions>>().Value.ConversationMinutes);
    }

    [Theory]
    [InlineData("DealBot:ConversationMinutes", "0", "DealBot:ConversationMinutes must be between 1 and 10,080 minutes, not 0.")]
    [InlineData("DealBot:ConversationMinutes", "20000", "DealBot:ConversationMinutes must be between 1 and 10,080 minutes, not 20,000.")]
    [InlineData("DealBot:RateLimitPerMinute", "-1", "DealBot:RateLimitPerMinute must be between 1 and 10,000 questions a minute, not -1.")]
    [InlineData("DealBot:RateLimitBurst", "0", "DealBot:RateLimitBurst must be between 1 and 1,000 questions, not 0.")]
    [InlineData("DealBot:CatalogPth", "x.json", "DealBot:CatalogPth is not a DealBot setting (known: CatalogPath, DefaultDeal, ConversationMinutes, RateLimitPerMinute, RateLimitBurst).")]
    public void OneBadSetting_FailsStartUpWithOneMessageNamingIt(string key, string value, string message)
    {
        using var services = Services((key, value));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal([message], error.Failures);
    }

    [Fact]
    public void MissingCatalogFile_FailsStartUpNamingThePath()
    {
        using var services = Services(("DealBot:CatalogPath", "/no/such/dir/catalog.json"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith("DealBot:CatalogPath: there is no file '/no/such/dir/catalog.json'", failure);
    }

    [Fact]
    public void SeveralBadSettings_AreAllReportedAtOnce()
    {
        using var services = Services(("DealBot:ConversationMinutes", "0"), ("DealBot:RateLimitPerMinute", "0"), ("DealBot:RateLimitBurst", "0"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(3, error.Failures.Count());
    }

    [Fact]
    public void EmptyCatalogPath_MeansTheBuiltInCatalog()
    {
        var result = new DealBotOptionsValidator(new ConfigurationBuilder().Build()).Validate(null, new DealBotOptions { CatalogPath = " " });

        Assert.True(result.Succeeded);
    }

    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.ClearProviders());
        services.AddDealBot();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
