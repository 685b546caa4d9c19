using DealBot.Core.Units;

namespace DealBot.Language.Composition;

/// <summary>
/// What a question says in quantities: the amounts the user typed, each with its unit, and the unit it asks for.
/// Read before the other readers and without using up tokens, so the rest of the parser sees the question whole.
/// </summary>
internal sealed class QuantityQuestion
{
    // Most questions type no amount: the lists are made on the first one.
    private List<Term>? _given;
    private List<(int Start, int End)>? _spans;
    private List<int>? _eachAt;
    private List<int>? _oneAt;
    private List<Term>? _implied;
    private List<Unit?>? _units;

    /// <summary>The amounts the user typed, in order.</summary>
    public IReadOnlyList<Term> Given => _given ?? (IReadOnlyList<Term>)[];

    /// <summary>The tokens each amount of <see cref="Given"/> was read from, [Start, End), in the same order.</summary>
    public IReadOnlyList<(int Start, int End)> Spans => _spans ?? (IReadOnlyList<(int, int)>)[];

    /// <summary>Indexes into <see cref="Given"/> of amounts said "each", divided by what is counted once the target is known.</summary>
    public IReadOnlyList<int> EachAt => _eachAt ?? (IReadOnlyList<int>)[];

    /// <summary>The unit each amount of <see cref="Given"/> was typed in, where one was ("kW", "USD/GPU-hour"), else null.</summary>
    public IReadOnlyList<Unit?> Units => _units ?? (IReadOnlyList<Unit?>)[];

    public void Add(Term term, int start, int end, Unit? unit = null)
    {
        (_given ??= []).Add(term);
        (_spans ??= []).Add((start, end));
        (_units ??= []).Add(unit);
    }

    /// <summary>Indexes into <see cref="Given"/> of amounts said of one thing ("a 700 W gpu"), whole once the target is known.</summary>
    public IReadOnlyList<int> OneAt => _oneAt ?? (IReadOnlyList<int>)[];

    /// <summary>Amounts said without a number ("all year"), which a composition may do without.</summary>
    public IReadOnlyList<Term> Implied => _implied ?? (IReadOnlyList<Term>)[];

    public void MarkLastImplied() => (_implied ??= []).Add(_given![^1]);

    /// <summary>The amount just added is one thing's: "a 700 W gpu".</summary>
    public void MarkLastOne() => (_oneAt ??= []).Add(_given!.Count - 1);

    /// <summary>The amount just added is "each" one of something counted.</summary>
    public void MarkLastEach() => (_eachAt ??= []).Add(_given!.Count - 1);

    public void Replace(int index, Term term) => _given![index] = term;

    /// <summary>The amount read from tokens starting at <paramref name="i"/>, or -1.</summary>
    public int GivenAt(int i)
    {
        for (var k = 0; k < Spans.Count; k++)
        {
            if (Spans[k].Start == i)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The index into <see cref="Given"/> of a PUE, or -1.</summary>
    public int PueAt { get; set; } = -1;

    /// <summary>The unit asked for ("in MW", "how many homes", "$/W/year"), or null when none is said.</summary>
    public Unit? Target { get; set; }

    /// <summary>"per kW per month" with nothing before "per": dollars were assumed, not said.</summary>
    public bool TargetAssumesMoney { get; set; }

    /// <summary>"how long": a length in months when the amounts are the user's; a deal's measure says its own.</summary>
    public bool TargetOnlyForComposing { get; set; }

    /// <summary>"in billions": the asked scale of whatever dimension the answer has, or 0.</summary>
    public decimal TargetScale { get; set; }

    /// <summary>"how many racks fit", "whole servers": a count of whole things, rounded down.</summary>
    public bool Whole { get; set; }

    /// <summary>A number with no unit the reader could give it (a year, a day, a bare count).</summary>
    public int BareNumbers { get; set; }

    /// <summary>A number that cannot be a quantity: negative, zero or absurdly large.</summary>
    public string? Problem { get; set; }
}
