using DealBot.Core.Catalog;
using DealBot.Core.Queries;

namespace DealBot.Language.Tests;

/// <summary>
/// A small catalog built in code: the companies, deals (in best-known-first order) and hardware the parser
/// tests name. Only ids, names, parties and aliases matter to the parser, so the facts are left out.
/// </summary>
public static class TestCatalog
{
    public static DealCatalog Catalog { get; } = Build();

    /// <summary>One parser for all tests: it is immutable, and the thread-safety test relies on sharing it.</summary>
    public static QuestionParser Parser { get; } = new(Catalog);

    public static DealQuery Parse(string? text, DealQuery? previous = null) => Parser.Parse(text, previous);

    /// <summary>Parses a conversation and returns the reading of its last message.</summary>
    public static DealQuery Converse(params string[] messages)
    {
        DealQuery? previous = null;
        foreach (var message in messages)
        {
            previous = Parser.Parse(message, previous);
        }

        return previous!;
    }

    private static DealCatalog Build()
    {
        Company[] companies =
        [
            new("anthropic", "Anthropic", ["anthropic", "claude"]),
            new("xai", "xAI", ["xai", "x.ai", "spacex", "space x", "musk", "elon", "grok"]),
            new("openai", "OpenAI", ["openai", "open ai", "chatgpt"]),
            new("oracle", "Oracle", ["oracle", "oci"]),
            new("microsoft", "Microsoft", ["microsoft", "msft", "azure"]),
            new("amazon", "Amazon", ["amazon", "aws", "amazon web services"]),
            new("google", "Google", ["google", "gcp", "google cloud", "gemini"]),
            new("meta", "Meta", ["meta", "facebook"]),
            new("nvidia", "Nvidia", ["nvidia"]),
            new("amd", "AMD", ["amd"]),
            new("broadcom", "Broadcom", ["broadcom"]),
            new("cerebras", "Cerebras", ["cerebras"]),
            new("coreweave", "CoreWeave", ["coreweave"]),
            new("nebius", "Nebius", ["nebius"]),
            new("iren", "IREN", ["iren"]),
            new("nscale", "Nscale", ["nscale"]),
            new("akamai", "Akamai", ["akamai"]),
            new("softbank", "SoftBank", ["softbank"]),
        ];

        Deal[] deals =
        [
            Deal("anthropic-xai", "Anthropic–xAI", "anthropic", "xai", "colossus"),
            Deal("google-xai", "Google–xAI", "google", "xai"),
            Deal("openai-oracle", "OpenAI–Oracle", "openai", "oracle"),
            Deal("openai-microsoft", "OpenAI–Microsoft", "openai", "microsoft"),
            Deal("openai-aws", "OpenAI–AWS", "openai", "amazon"),
            Deal("openai-coreweave", "OpenAI–CoreWeave", "openai", "coreweave"),
            Deal("openai-cerebras", "OpenAI–Cerebras", "openai", "cerebras"),
            Deal("openai-amd", "OpenAI–AMD", "openai", "amd"),
            Deal("openai-broadcom", "OpenAI–Broadcom", "openai", "broadcom"),
            Deal("openai-nvidia", "OpenAI–Nvidia", "openai", "nvidia"),
            Deal("stargate", "Stargate", "openai", "softbank", "stargate"),
            Deal("anthropic-google-cloud", "Anthropic–Google Cloud", "anthropic", "google"),
            Deal("anthropic-google-tpu", "Anthropic–Google TPU", "anthropic", "google"),
            Deal("anthropic-microsoft", "Anthropic–Microsoft", "anthropic", "microsoft"),
            Deal("anthropic-amazon", "Anthropic–Amazon", "anthropic", "amazon"),
            Deal("anthropic-akamai", "Anthropic–Akamai", "anthropic", "akamai"),
            Deal("meta-google", "Meta–Google", "meta", "google"),
            Deal("meta-coreweave", "Meta–CoreWeave", "meta", "coreweave"),
            Deal("meta-nebius", "Meta–Nebius", "meta", "nebius"),
            Deal("microsoft-nebius", "Microsoft–Nebius", "microsoft", "nebius"),
            Deal("microsoft-iren", "Microsoft–IREN", "microsoft", "iren"),
            Deal("microsoft-nscale", "Microsoft–Nscale", "microsoft", "nscale"),
            Deal("nvidia-coreweave", "Nvidia–CoreWeave", "nvidia", "coreweave"),
        ];

        Hardware[] hardware =
        [
            Chip("h100", "Nvidia H100", "h100"),
            Chip("h200", "Nvidia H200", "h200"),
            Chip("b200", "Nvidia B200", "b200"),
            Chip("gb200", "Nvidia GB200", "gb200"),
            Chip("gb300", "Nvidia GB300", "gb300"),
            Chip("mi300x", "AMD MI300X", "mi300x"),
            Chip("mi355x", "AMD MI355X", "mi355x"),
            Chip("tpu-v5p", "Google TPU v5p", "tpu v5p", "v5p"),
            Chip("tpu-v6e", "Google TPU v6e", "tpu v6e", "v6e"),
            Chip("tpu7x", "Google TPU7x", "tpu7x", "ironwood"),
            Chip("trainium2", "AWS Trainium2", "trainium2", "trainium 2"),
        ];

        return new DealCatalog(companies, deals, hardware, [], [], "anthropic-xai");
    }

    private static Deal Deal(string id, string name, string buyer, string seller, params string[] aliases) => new()
    {
        Id = id,
        Name = name,
        Buyer = buyer,
        Seller = seller,
        Aliases = aliases,
        Summary = name + " (test)",
        SourceId = "test",
    };

    private static Hardware Chip(string id, string name, params string[] aliases) =>
        new() { Id = id, Name = name, Aliases = aliases, SourceId = "test" };
}
