namespace DealBot.Redis.Tests.Fixtures;

/// <summary>Every Redis test shares one server; each test writes under its own key prefix, so none sees another's keys.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis-server";
}
