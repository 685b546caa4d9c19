using DealBot.Hosting;

namespace DealBot.Mcp.Tests;

/// <summary>DealBot.Mcp is an adapter: it reaches inward (Chat, Language, Core) and never to the host or another adapter.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Mcp_ReferencesOnlyInnerLayersOfDealBot()
    {
        var references = typeof(DealService).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("DealBot", StringComparison.Ordinal))
            .Order();

        Assert.Equal(["DealBot.Chat", "DealBot.Core", "DealBot.Language"], references);
    }

    [Fact]
    public void Host_ReferencesMcp()
    {
        Assert.Contains("DealBot.Mcp", typeof(ServiceHost).Assembly.GetReferencedAssemblies().Select(a => a.Name));
    }
}
