using DealBot.Core.Queries;
using DealBot.Core.Quantities;

namespace DealBot.Core.Calculations;

/// <summary>
/// The physical side of a question: a power and a GPU count with their sources. A deal's fleet comes from the
/// catalog (numbers the user gives win); "how many homes could 300 MW power?" has a fleet of the user's numbers.
/// </summary>
public sealed record Fleet(
    string Name,
    Estimate<decimal>? PowerMw,
    Estimate<decimal>? Gpus,
    IReadOnlyList<string> PowerSources,
    IReadOnlyList<string> GpuSources)
{
    public static Fleet Of(DealModel m, DealQuery q) => new(
        m.Name,
        q.Power is { } power ? EstimateMath.Exactly(power.Megawatts) : m.PowerMw,
        q.GpuCount is { } gpus ? EstimateMath.Exactly(gpus) : m.Gpus,
        q.Power is null ? m.PowerSources : [],
        q.GpuCount is null ? m.GpuSources : []);

    public static Fleet OfUser(DealQuery q) => new(
        "your numbers",
        q.Power is { } power ? EstimateMath.Exactly(power.Megawatts) : null,
        q.GpuCount is { } gpus ? EstimateMath.Exactly(gpus) : null,
        [],
        []);
}
