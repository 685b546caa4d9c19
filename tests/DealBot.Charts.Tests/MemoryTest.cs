using System.Diagnostics;
using DealBot.Core.Charts;

namespace DealBot.Charts.Tests;

[CollectionDefinition(nameof(MemoryTest), DisableParallelization = true)]
public sealed class MemoryTestCollection;

/// <summary>A chart's memory is returned: each render allocates a 1.4 MB native surface, so a leak shows within 200 renders.</summary>
[Collection(nameof(MemoryTest))]
public sealed class MemoryTest
{
    [Fact]
    public void Render_TwoHundredTimes_ManagedAndNativeMemoryAreReturned()
    {
        var renderer = new ChartRenderer();
        var chart = Charts.Chart<SpendChart>("anthropic xai total");
        for (var i = 0; i < 10; i++)
        {
            renderer.Render(chart);
        }

        var (managed, resident) = Measure();
        for (var i = 0; i < 200; i++)
        {
            Assert.NotNull(renderer.Render(chart));
        }

        var (managedAfter, residentAfter) = Measure();
        Assert.True(managedAfter - managed < 4 << 20, $"managed heap grew {(managedAfter - managed) >> 10} KB over 200 charts");
        Assert.True(residentAfter - resident < 64 << 20, $"resident memory grew {(residentAfter - resident) >> 20} MB over 200 charts (a leaked surface each would be 275 MB)");
    }

    private static (long Managed, long Resident) Measure()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }
}
