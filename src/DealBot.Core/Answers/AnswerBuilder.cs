using DealBot.Core.Catalog;
using DealBot.Core.Quantities;

namespace DealBot.Core.Answers;

/// <summary>Collects the working of one answer: steps, assumptions and the sources they rest on (each once).</summary>
public sealed class AnswerBuilder(DealCatalog catalog)
{
    private readonly List<string> _steps = [];
    private readonly List<string> _assumptions = [];
    private readonly List<Source> _sources = [];
    private readonly List<string> _dealIds = [];

    public DealCatalog Catalog => catalog;

    public AnswerBuilder Step(string step)
    {
        _steps.Add(step);
        return this;
    }

    /// <summary>How many steps so far: where one part of the working (a compared deal's) starts.</summary>
    public int StepCount => _steps.Count;

    /// <summary>The steps from <paramref name="start"/> on, as a copy: the builder keeps adding to its own list.</summary>
    public IReadOnlyList<string> StepsFrom(int start) => _steps.GetRange(start, _steps.Count - start);

    public AnswerBuilder Assume(string assumption)
    {
        if (!_assumptions.Contains(assumption))
        {
            _assumptions.Add(assumption);
        }

        return this;
    }

    public AnswerBuilder Cite(string sourceId)
    {
        var source = catalog.GetSource(sourceId);
        if (!_sources.Contains(source))
        {
            _sources.Add(source);
        }

        return this;
    }

    public AnswerBuilder Cite(IEnumerable<string> sourceIds)
    {
        foreach (var id in sourceIds)
        {
            Cite(id);
        }

        return this;
    }

    public AnswerBuilder Deal(string dealId)
    {
        if (!_dealIds.Contains(dealId))
        {
            _dealIds.Add(dealId);
        }

        return this;
    }

    /// <summary>The finished answer with a value and the range around it.</summary>
    public Answer Build(string intent, string headline, Estimate<decimal> value, AnswerUnit unit, string? date = null)
    {
        var exact = ValueFormat.IsExact(value, unit);
        return new Answer
        {
            Understood = true,
            Intent = intent,
            Headline = headline,
            Value = (double)value.Value,
            Low = exact ? null : (double)value.Low,
            High = exact ? null : (double)value.High,
            Unit = unit,
            Date = date,
            Steps = _steps,
            Assumptions = _assumptions,
            Sources = _sources,
            DealIds = _dealIds,
        };
    }

    /// <summary>The finished answer with a value counted in a prelude unit the question asked for.</summary>
    public Answer Build(string intent, string headline, Estimate<decimal> value, Units.Unit unit)
    {
        var exact = Text.UnitFormat.Format(value.Low, unit) == Text.UnitFormat.Format(value.High, unit);
        return new Answer
        {
            Understood = true,
            Intent = intent,
            Headline = headline,
            Value = Significant(value.Value),
            Low = exact ? null : Significant(value.Low),
            High = exact ? null : Significant(value.High),
            ValueUnit = unit,
            Steps = _steps,
            Assumptions = _assumptions,
            Sources = _sources,
            DealIds = _dealIds,
        };
    }

    /// <summary>15 significant digits: conversions divide by factors like 2,628,000 s a month, and 49.99999999999999 is 50.</summary>
    private static double Significant(decimal value) =>
        double.Parse(((double)value).ToString("G15", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The finished answer without a number (a lookup of text, or a figure no source discloses).</summary>
    /// <remarks>The answer takes the builder's lists as they are: a builder builds one answer.</remarks>
    public Answer Build(string intent, string headline) => new()
    {
        Understood = true,
        Intent = intent,
        Headline = headline,
        Steps = _steps,
        Assumptions = _assumptions,
        Sources = _sources,
        DealIds = _dealIds,
    };
}
