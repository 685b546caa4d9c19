using DealBot.Language.Entities;
using DealBot.Language.Numbers;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Units;

/// <summary>
/// Gives each number its unit: "$2.50/hr", "$4M per MW-month", "8 cents per kWh", "500 MW", "0.3 GW",
/// "10,000 H100s", "for 18 months", "40% MFU", "1e26 FLOP". Bare numbers (years, days) are left for the month reader.
/// </summary>
internal static class QuantityReader
{
    // Bare numbers this big are FLOP budgets ("a 1e26 model", "and 3e26?"); the builder rejects them elsewhere.
    private const double SmallestFlopBudget = 1e18;

    /// <summary>Reads every quantity into <paramref name="list"/>; returns a problem for the user, or null.</summary>
    public static string? Read(ref Sentence s, ref QuantityList list)
    {
        string? problem = null;
        for (var i = 0; i < s.Count; i++)
        {
            if ((s.IsNumber(i) || s.IsSymbol(i, '$')) && !Months.DateParts.IsHalfShorthand(ref s, i) && NumberParser.TryRead(ref s, i, out var amount))
            {
                problem ??= ReadAmount(ref s, i, amount, ref list);
            }
            else if (DurationReader.TryReadWords(ref s, i, out var words, out var next))
            {
                list.Add(words);
                s.Use(i, next);
            }
            else if (s.IsFree(i) && s.IsText(i, "half") && s.IsWord(i + 1, Word.Mfu))
            {
                // "at half load", "half utilisation": 50% of the capacity used.
                list.Add(new Quantity(QuantityKind.Percent, 0.5m, 0.5d) { OfUsage = true });
                s.Use(i, i + 2);
            }
            else if (s.IsFree(i) && s.IsText(i, "by") && FractionAfterBy(ref s, i + 1, out var share, out var after))
            {
                // "cut by a quarter", "raised by a third", "by half": a share of what changes, as a percentage is.
                list.Add(new Quantity(QuantityKind.Percent, share, (double)share));
                s.Use(i + 1, after);
            }
        }

        return problem;
    }

    /// <summary>"a quarter", "a third", "half", "a half" after "by": the share, and the token after it.</summary>
    private static bool FractionAfterBy(ref Sentence s, int i, out decimal share, out int after)
    {
        var at = s.IsText(i, "a") || s.IsText(i, "one") ? i + 1 : i;
        share = s.IsText(at, "half") ? 0.5m : s.IsText(at, "third") ? 1m / 3m : s.IsText(at, "quarter") ? 0.25m : 0m;
        after = at + 1;
        return share > 0m && (at > i || s.IsText(at, "half"));
    }

    // Smaller bare numbers are years, days and prices; no deal has fewer GPUs than this.
    private const decimal SmallestBareCount = 10_000m;

    /// <summary>A bare whole number of 10,000 or more ("325k", "300,000") as a count of GPUs, when nothing else took it.</summary>
    public static void ReadBareCount(ref Sentence s, ref QuantityList list)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.IsNumber(i) && NumberParser.TryRead(ref s, i, out var amount) && !amount.IsMoney && !amount.Negative
                && amount.Exact && amount.Value >= SmallestBareCount && amount.Value == decimal.Truncate(amount.Value) && amount.Value <= (decimal)Amount.Largest)
            {
                list.Add(new Quantity(QuantityKind.Gpus, amount.Value, amount.Approx));
                s.Use(i, amount.Next);
                return;
            }
        }
    }

    private static string? ReadAmount(ref Sentence s, int start, Amount amount, ref QuantityList list)
    {
        if (!TryUnit(ref s, start, amount, out var quantity, out var end))
        {
            // A bare number is a year or a day for the month reader, or a FLOP budget when it is that big.
            if (!amount.Negative && double.IsFinite(amount.Approx) && amount.Approx >= SmallestFlopBudget)
            {
                list.Add(new Quantity(QuantityKind.Flops, 0m, amount.Approx) { Bare = true });
                s.Use(start, amount.Next);
                return null;
            }

            return amount.Negative ? LanguageMessages.NotPositive
                : !double.IsFinite(amount.Approx) || amount.Approx > Amount.Largest ? LanguageMessages.TooLarge
                : null;
        }

        s.Use(start, end);
        var problem = Problem(amount, quantity);
        if (problem is null)
        {
            list.Add(quantity with { AfterAt = s.IsWord(start - 1, Word.At) });
        }

        return problem;
    }

    private static string? Problem(Amount amount, in Quantity quantity)
    {
        var flops = quantity.Kind == QuantityKind.Flops;
        if (amount.Negative || (quantity.Approx == 0d && quantity.Kind != QuantityKind.Percent))
        {
            return LanguageMessages.NotPositive;
        }

        if (flops ? !double.IsFinite(amount.Approx) : amount.IsTooLarge)
        {
            return LanguageMessages.TooLarge;
        }

        return quantity.Kind switch
        {
            QuantityKind.Duration when quantity.Value > DurationReader.LongestHours => LanguageMessages.TooLarge,
            QuantityKind.Percent when quantity.Value is <= 0m or > 1m => LanguageMessages.UtilisationOutOfRange,
            _ => null,
        };
    }

    /// <summary>Finds the unit after an amount. Unit words come before money, so "1 million GPUs" is a count.</summary>
    private static bool TryUnit(ref Sentence s, int start, Amount amount, out Quantity quantity, out int end)
    {
        // "10k-GPU", "1e26-FLOP": a hyphen may join a number to its unit.
        var i = !amount.IsMoney && s.IsDash(amount.Next) ? amount.Next + 1 : amount.Next;
        end = i + 1;
        quantity = amount.IsMoney ? default : UnitQuantity(ref s, amount, i);
        if (quantity.Kind != QuantityKind.Money)
        {
            if (quantity.Kind == QuantityKind.Percent && s.IsWord(end, Word.Mfu))
            {
                end++;
                quantity = quantity with { OfUsage = true };
            }
            else if (quantity.Kind == QuantityKind.Percent && s.IsWord(i, Word.Mfu))
            {
                // "50 util", "40 mfu": the word is the unit.
                quantity = quantity with { OfUsage = true };
            }

            return true;
        }

        // "$1.5B from jan 2028, per year?": a rate after a comma is what is asked, not the amount's; so is one after a
        // year ("in 2027 per gpu").
        var hasRate = RateReader.TryRead(ref s, amount.Next, out var rate, out var rateEnd) && !s.IsCommaBefore(amount.Next)
            && (amount.IsMoney || !Months.DateParts.IsPlacedYear(ref s, start));
        end = hasRate ? rateEnd : amount.Next;
        var (value, approx) = (amount.Value, amount.Approx);
        if (!hasRate && PerQuarter(ref s, amount.Next) is > 0 and var quarterEnd)
        {
            // "$4B a quarter", "$3B/qtr", "1.25 billion quarterly": a fee of a third as much a month, never $4B a month for 3 months.
            (value, approx, rate, hasRate, end) = (amount.Value / 3m, amount.Approx / 3d, RateUnit.Month, true, quarterEnd);
        }
        else if (!hasRate && (amount.IsMoney || amount.HasLargeScale) && RateReader.FeePeriodBefore(ref s, start, out var quarterly) is var period
            && (period != RateUnit.None || quarterly))
        {
            // "the weekly fee was $300M": the amount is a week's, never a month's; a quarter's is a third as much a month.
            (value, approx, rate, hasRate) = quarterly ? (amount.Value / 3m, amount.Approx / 3d, RateUnit.Month, true) : (value, approx, period, true);
        }

        var money = amount.IsMoney || hasRate || amount.HasLargeScale || IsBarePrice(ref s, start, amount);
        quantity = new Quantity(QuantityKind.Money, value, approx)
        {
            Rate = hasRate ? rate : RateUnit.None,
            InCents = amount.InCents,
            OfTotal = money && !hasRate && TotalBeside(ref s, start, end),
        };
        return money;
    }

    /// <summary>
    /// "the total were $50B", "a total of $50B", "$45B total": the amount is a total, and "total" is used up with it, so it
    /// is not also the measure asked.
    /// </summary>
    private static bool TotalBeside(ref Sentence s, int start, int end)
    {
        // "to 1.5b, total to term?", "to 1.5b. whole-deal total?": after a pause "total" is what is asked.
        if (s.IsWord(end, Word.Total) && !s.IsPauseBefore(end))
        {
            s.Use(end, end + 1);
            return true;
        }

        for (var k = start - 1; k >= 0 && k >= start - 3; k--)
        {
            // "if the deal totaled 40b": the verb says it as well as the noun. "if the contract were $350B", "worth $20B",
            // "valued at": a contract's size is its total.
            if (s.IsWord(k, Word.Total) || (s.IsFree(k) && s.TextOf(k) is "totaled" or "totalled" or "totaling" or "totalling" or "contract" or "worth" or "valued"))
            {
                s.Use(k, k + 1);
                return true;
            }

            if (!(s.TextOf(k) is "was" or "were" or "is" or "of" or "be" or "=" or ":" or "at"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"a quarter", "per quarter", "/qtr", "each quarter", "quarterly" at <paramref name="i"/>: the index after it, or 0.</summary>
    private static int PerQuarter(ref Sentence s, int i)
    {
        if (s.IsWord(i, Word.Quarters) && s.IsText(i, "quarterly"))
        {
            return i + 1;
        }

        var per = s.IsWord(i, Word.Per) || s.IsSymbol(i, '/') || s.IsText(i, "a") || s.IsText(i, "every") || s.IsText(i, "each");
        return per && s.IsWord(i + 1, Word.Quarters) && !s.IsText(i + 1, "quarters") ? i + 2 : 0;
    }

    // No price in these questions comes near this; a larger bare number after "at" is a year or a count.
    private const decimal LargestBarePrice = 1_000m;

    /// <summary>
    /// "$15bn at 2.35": a small bare number right after "at" is a price, like "at $2.35", unless a month
    /// follows ("at 1 March") or it names a day of the month.
    /// </summary>
    /// <remarks>"at 700 W": a number with a unit of any kind ("W", "GB") is no price.</remarks>
    private static bool IsBarePrice(ref Sentence s, int start, Amount amount) =>
        !amount.Negative && amount.Value < LargestBarePrice && s.IsWord(start - 1, Word.At)
        && !s.IsWord(amount.Next, Word.MonthName) && !s.IsWord(amount.Next, Word.Ordinal)
        && (Composition.UnitReader.Word(ref s, amount.Next) is null || s.IsSymbol(amount.Next, '$'));

    /// <summary>The quantity a unit word makes of an amount; <see cref="QuantityKind.Money"/> when none follows.</summary>
    private static Quantity UnitQuantity(ref Sentence s, Amount amount, int i)
    {
        if (s.IsFree(i) && s.Tokens[i].Entity.Kind == EntityKind.Hardware)
        {
            return new Quantity(QuantityKind.Gpus, amount.Value, amount.Approx) { Hardware = s.Tokens[i].Entity.Index };
        }

        var word = s.WordAt(i);
        return word switch
        {
            Word.Mw => new Quantity(QuantityKind.Power, amount.Value, amount.Approx),
            Word.Gw => Scaled(QuantityKind.Power, amount, 1_000m),
            Word.Kw => Scaled(QuantityKind.Power, amount, 0.001m),
            Word.Mwh or Word.Gwh or Word.Twh or Word.Kwh => new Quantity(QuantityKind.Energy, amount.Value, amount.Approx),
            Word.Gpu => new Quantity(QuantityKind.Gpus, amount.Value, amount.Approx),
            Word.Flop => new Quantity(QuantityKind.Flops, amount.Value, amount.Approx),
            Word.Hour or Word.Day or Word.Week or Word.Month or Word.Quarters or Word.Year => DurationReader.Of(amount, word),
            Word.Percent => Scaled(QuantityKind.Percent, amount, 0.01m),
            Word.Mfu => Scaled(QuantityKind.Percent, amount, amount.Value > 1m ? 0.01m : 1m),
            _ when s.IsSymbol(i, '%') => Scaled(QuantityKind.Percent, amount, 0.01m),
            _ => default,
        };
    }

    /// <summary>Converts units ("0.3 GW" → 300 MW). A value too large for decimal keeps only its approximation.</summary>
    private static Quantity Scaled(QuantityKind kind, Amount amount, decimal factor)
    {
        var approx = amount.Approx * (double)factor;
        return new(kind, amount.Exact && Math.Abs(approx) < NumberParser.DecimalLimit ? amount.Value * factor : 0m, approx);
    }
}
