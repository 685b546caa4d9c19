using BenchmarkDotNet.Attributes;
using DealBot.Charts;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Core.Charts;
using DealBot.Core.Queries;
using DealBot.Language;

namespace DealBot.Benchmarks;

/// <summary>
/// One chart: its data from Core (the answer with and without its chart) and its PNG at chat size (800×450). Allocated
/// is managed bytes; the drawing surface (800×450×4 bytes) is native, allocated and freed inside each render.
/// </summary>
[MemoryDiagnoser]
public class ChartBenchmarks
{
    private readonly ChartRenderer _renderer = new();
    private Answerer _answerer = null!;
    private DealQuery _total = null!;
    private SpendChart _spend = null!;
    private BarChart _bars = null!;
    private SpendChart _whatIf = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = CatalogLoader.LoadDefault();
        var parser = new QuestionParser(catalog);
        _answerer = new Answerer(catalog, TimeProvider.System);
        _total = parser.Parse("how much will anthropic pay xai in total?");
        _spend = (SpendChart)_answerer.Answer(_total, chart: true).Chart!;
        _bars = (BarChart)_answerer.Answer(parser.Parse("compare xai, oracle and nebius total"), chart: true).Chart!;
        _whatIf = (SpendChart)_answerer.Answer(parser.Parse("what if xai ended in May 2028"), chart: true).Chart!;
        _renderer.WarmUp();
    }

    [Benchmark(Baseline = true, Description = "answer (no chart)")]
    public Answer AnswerOnly() => _answerer.Answer(_total);

    [Benchmark(Description = "answer + chart data (Core)")]
    public Answer AnswerWithChartData() => _answerer.Answer(_total, chart: true);

    [Benchmark(Description = "PNG: spend over time, 800×450")]
    public int SpendPng() => _renderer.Render(_spend)!.Png.Length;

    [Benchmark(Description = "PNG: 3 deals compared, 800×450")]
    public int BarsPng() => _renderer.Render(_bars)!.Png.Length;

    [Benchmark(Description = "PNG: what-if next to original, 800×450")]
    public int WhatIfPng() => _renderer.Render(_whatIf)!.Png.Length;
}
