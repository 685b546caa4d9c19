namespace DealBot.Core.Units;

/// <summary>
/// Dimensional analysis as the one rule behind every composed answer: given the user's quantities and, when a deal is
/// in play, the deal's facts, find the products and quotients whose dimension is the one asked for. Every given term
/// is used exactly once (dimensionless ones — percentages — multiply); facts join only when the given terms alone do
/// not fit, fewest first, each at most once. With n given and m facts there are at most 2ⁿ·3ᵐ candidates (n, m ≤ 6
/// in practice), so the search is exhaustive and costs nothing.
/// </summary>
public static class Composer
{
    /// <summary>Terms beyond these are refused: no question needs more, and the search must stay small.</summary>
    public const int MaxGiven = 6;
    public const int MaxFacts = 6;

    /// <summary>
    /// The compositions of <paramref name="given"/> (all used) and the fewest of <paramref name="facts"/> whose
    /// dimension is <paramref name="target"/>. Empty: none fits. More than one: the question is ambiguous.
    /// </summary>
    public static IReadOnlyList<Composition> Compose(IReadOnlyList<Term> given, IReadOnlyList<Term> facts, Dimension target)
    {
        if (given.Count > MaxGiven || facts.Count > MaxFacts)
        {
            return [];
        }

        for (var factCount = 0; factCount <= facts.Count; factCount++)
        {
            var found = new List<Composition>();
            AddFits(given, facts, new int[facts.Count], 0, factCount, target, found);
            if (Preferred(found, factCount, target) is { Count: > 0 } fits)
            {
                return Distinct(fits);
            }
        }

        return [];
    }

    /// <summary>
    /// Tries every way to give exactly <paramref name="left"/> more of the facts from <paramref name="from"/> on an
    /// exponent of ±1, in place: the search runs once per question, so it allocates nothing but its fits.
    /// </summary>
    private static void AddFits(IReadOnlyList<Term> given, IReadOnlyList<Term> facts, int[] factExponents, int from, int left, Dimension target, List<Composition> found)
    {
        if (left > 0)
        {
            for (var j = from; j <= facts.Count - left; j++)
            {
                factExponents[j] = 1;
                AddFits(given, facts, factExponents, j + 1, left - 1, target, found);

                // A fact that only multiplies (a total, a count of billed months) is never divided by.
                if (!facts[j].OnlyMultiplies)
                {
                    factExponents[j] = -1;
                    AddFits(given, facts, factExponents, j + 1, left - 1, target, found);
                }

                factExponents[j] = 0;
            }

            return;
        }

        var factDimension = Dimension.None;
        for (var j = 0; j < facts.Count; j++)
        {
            factDimension = factExponents[j] switch
            {
                1 => factDimension * facts[j].Quantity.Dimension,
                -1 => factDimension / facts[j].Quantity.Dimension,
                _ => factDimension,
            };
        }

        // Dimensionless given terms (a percentage) only multiply: dividing by 40 % is never what "at 40 %" means.
        for (var signs = 0; signs < 1 << given.Count; signs++)
        {
            if (!Valid(given, signs))
            {
                continue;
            }

            var dimension = factDimension;
            for (var i = 0; i < given.Count; i++)
            {
                dimension = (signs & (1 << i)) == 0 ? dimension * given[i].Quantity.Dimension : dimension / given[i].Quantity.Dimension;
            }

            if (dimension == target)
            {
                found.Add(Build(given, signs, facts, factExponents));
            }
        }
    }

    /// <summary>
    /// Dimensionless terms only multiply; and two amounts of the same kind never multiply each other ("700 W each and 1 kW
    /// each" is two readings of one power, not a power squared), except lengths and counts, which chain ("24 h × 30 days").
    /// </summary>
    private static bool Valid(IReadOnlyList<Term> given, int signs)
    {
        for (var i = 0; i < given.Count; i++)
        {
            var dimension = given[i].Quantity.Dimension;
            if ((signs & (1 << i)) != 0)
            {
                if (dimension.IsDimensionless)
                {
                    return false;
                }

                continue;
            }

            for (var j = i + 1; j < given.Count; j++)
            {
                if ((signs & (1 << j)) == 0 && given[j].Quantity.Dimension == dimension && !dimension.IsDimensionless
                    && dimension != Dimension.Time && Prelude.CountOf(dimension) is null)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static Composition Build(IReadOnlyList<Term> given, int signs, IReadOnlyList<Term> facts, int[] factExponents)
    {
        var factors = new List<(Term, int)>();
        for (var i = 0; i < given.Count; i++)
        {
            factors.Add((given[i], (signs & (1 << i)) == 0 ? 1 : -1));
        }

        for (var j = 0; j < facts.Count; j++)
        {
            if (factExponents[j] != 0)
            {
                factors.Add((facts[j], factExponents[j]));
            }
        }

        // Multiply the numerators first, then divide: exact decimals keep more digits that way.
        var result = Quantity.Exactly(1m, Dimension.None);
        foreach (var (term, exponent) in factors.Where(f => f.Item2 > 0))
        {
            result *= term.Quantity;
        }

        foreach (var (term, exponent) in factors.Where(f => f.Item2 < 0))
        {
            result /= term.Quantity;
        }

        return new Composition(factors, result);
    }

    /// <summary>
    /// With a deal's facts in play, the user's amount is what the deal's rate applies to: "1 GW at the same rate" is
    /// 1 GW × fee ÷ power, never fee × power ÷ 1 GW or a total ÷ 1 GW, though each has a dimension that may fit. So
    /// with facts only fits that multiply every given amount stand; without facts every fit does. A length asked of a
    /// rate the user gives is the other way round: "at $2B a month, how long to spend the xai deal's total" divides by it.
    /// </summary>
    private static List<Composition> Preferred(List<Composition> found, int factCount, Dimension target) =>
        factCount == 0 ? found
        : target == Dimension.Time && found.Any(f => f.Factors.Any(x => x.Term.Given && IsRate(x.Term)))
            ? found.Where(f => f.Factors.All(x => !x.Term.Given || x.Exponent == (IsRate(x.Term) ? -1 : 1))).ToList()
        : found.Where(f => f.Factors.All(x => !x.Term.Given || x.Exponent > 0)).ToList();

    private static bool IsRate(Term term) => term.Quantity.Dimension[BaseDimension.Time] < 0;

    /// <summary>Fits with the same result are one answer however the factors are ordered.</summary>
    private static List<Composition> Distinct(List<Composition> found)
    {
        var distinct = new List<Composition>();
        foreach (var fit in found)
        {
            if (!distinct.Any(d => d.Result == fit.Result))
            {
                distinct.Add(fit);
            }
        }

        return distinct;
    }
}
