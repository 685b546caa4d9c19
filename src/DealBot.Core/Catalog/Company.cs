namespace DealBot.Core.Catalog;

/// <summary>A party to deals, with the words people use for it (lower case: "claude" for Anthropic, "aws" for Amazon).</summary>
public sealed record Company(string Id, string Name, IReadOnlyList<string> Aliases);
