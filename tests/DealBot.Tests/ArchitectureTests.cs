using System.Reflection;
using DealBot.Charts;
using DealBot.Chat;
using DealBot.Core.Answers;
using DealBot.Hosting;
using DealBot.Language;

namespace DealBot.Tests;

/// <summary>
/// References point inward only: Core ← Language ← Chat ← host. Core and Language use the base class library alone,
/// so the calculation and the understanding run anywhere; only the host knows about hosting, logging and platforms.
/// Charts sits beside Language: it draws what Core describes and knows nothing of questions, chat or platforms.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Core = typeof(Answerer).Assembly;
    private static readonly Assembly Language = typeof(QuestionParser).Assembly;
    private static readonly Assembly Chat = typeof(ChatEngine).Assembly;
    private static readonly Assembly Host = typeof(CommandRunner).Assembly;
    private static readonly Assembly Charts = typeof(ChartRenderer).Assembly;

    /// <summary>The shared framework's own assemblies (System.*, netstandard…): everything in Microsoft.NETCore.App.</summary>
    private static readonly HashSet<string> BaseClassLibrary = Directory
        .EnumerateFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
        .Select(Path.GetFileNameWithoutExtension)
        .ToHashSet(StringComparer.OrdinalIgnoreCase)!;

    [Fact]
    public void AssemblyNames_AreTheFourLayers()
    {
        Assert.Equal(["DealBot.Core", "DealBot.Language", "DealBot.Chat", "DealBot"], new[] { Core, Language, Chat, Host }.Select(Name));
    }

    [Fact]
    public void Core_ReferencesOnlyTheBaseClassLibrary()
    {
        Assert.Empty(NonFrameworkReferences(Core));
    }

    [Fact]
    public void Language_ReferencesOnlyCore()
    {
        Assert.Equal(["DealBot.Core"], NonFrameworkReferences(Language));
    }

    [Fact]
    public void Chat_ReferencesOnlyLanguageAndCore()
    {
        Assert.Subset(new HashSet<string> { "DealBot.Core", "DealBot.Language" }, NonFrameworkReferences(Chat).ToHashSet());
    }

    [Fact]
    public void Charts_ReferencesOnlyCoreOfDealBot()
    {
        Assert.Equal("DealBot.Charts", Name(Charts));
        Assert.Equal(["DealBot.Core"], NonFrameworkReferences(Charts).Where(n => n.StartsWith("DealBot", StringComparison.Ordinal)));
    }

    [Fact]
    public void Charts_DrawsWithScottPlotAndNothingElseFromOutside()
    {
        Assert.Equal(["DealBot.Core", "ScottPlot", "SkiaSharp"], NonFrameworkReferences(Charts));
    }

    [Fact]
    public void NoInnerLayer_ReferencesCharts()
    {
        foreach (var inner in new[] { Core, Language, Chat })
        {
            Assert.DoesNotContain(inner.GetReferencedAssemblies(), r => r.Name == "DealBot.Charts");
        }
    }

    [Fact]
    public void Host_IsTheOnlyLayerThatReferencesMicrosoftExtensions()
    {
        foreach (var inner in new[] { Core, Language, Chat, Charts })
        {
            Assert.DoesNotContain(inner.GetReferencedAssemblies(), r => r.Name!.StartsWith("Microsoft.Extensions", StringComparison.Ordinal));
        }

        Assert.Contains(Host.GetReferencedAssemblies(), r => r.Name == "Microsoft.Extensions.Hosting");
    }

    [Fact]
    public void NoInnerLayer_ReferencesAnOuterOne()
    {
        string[] order = ["DealBot.Core", "DealBot.Language", "DealBot.Chat", "DealBot"];
        foreach (var assembly in new[] { Core, Language, Chat, Host })
        {
            var level = Array.IndexOf(order, Name(assembly));
            var outward = assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(n => Array.IndexOf(order, n) >= level);
            Assert.Empty(outward);
        }
    }

    private static string Name(Assembly assembly) => assembly.GetName().Name!;

    private static string[] NonFrameworkReferences(Assembly assembly) => assembly.GetReferencedAssemblies()
        .Select(r => r.Name!)
        .Where(name => !BaseClassLibrary.Contains(name))
        .Order(StringComparer.Ordinal)
        .ToArray();
}
