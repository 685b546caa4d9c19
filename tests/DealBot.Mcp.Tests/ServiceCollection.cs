namespace DealBot.Mcp.Tests;

/// <summary>The tests that share one in-process service (<see cref="ServiceFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class ServiceCollection : ICollectionFixture<ServiceFixture>
{
    public const string Name = "service";
}
