using DealBot.Core.Quantities;
using DealBot.Core.Queries;
using DealBot.Language.Months;
using DealBot.Language.Tokens;
using DealBot.Language.Units;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.WhatIf;

/// <summary>
/// Reads what a what-if changes: "$1B a month" (the fee), "500 MW"/"0.5 GW" (power), "had 325,000 GPUs",
/// "ended in May 2028"/"ran to 2030" (end), "started in Jan 2027" (start).
/// </summary>
internal static class ChangeReader
{
    /// <summary>The changes, or null when the question changes nothing.</summary>
    public static DealChanges? Read(ref Sentence s, in QuantityList quantities)
    {
        var changes = new ChangeSet();
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            switch (q.Kind)
            {
                case QuantityKind.Money when changes.Fee is null && !q.InCents && MonthlyFee(q) is { } fee:
                    changes.Fee = fee;
                    break;
                case QuantityKind.Power:
                    changes.Power ??= Power.FromMegawatts(q.Value);
                    break;
                case QuantityKind.Gpus:
                    changes.Gpus ??= q.Value;
                    break;
            }
        }

        ReadDates(ref s, ref changes);
        if (changes.IsEmpty)
        {
            return null;
        }

        return new DealChanges
        {
            MonthlyFee = changes.Fee,
            Power = changes.Power,
            Start = changes.Start,
            End = changes.End,
            Gpus = changes.Gpus,
        };
    }

    /// <summary>A fee as a monthly amount: "$1B a month", "$12B a year", or "$1B" (deals bill monthly). Unit prices are not fees.</summary>
    private static Money? MonthlyFee(in Quantity q) =>
        q.Rate == RateUnit.None ? Money.FromUsd(q.Value) : ParameterReader.MonthlyFeeOf(q);

    /// <summary>"ended in May 2028", "ran to 2030", "lasted until 2031", "started in Jan 2027", "began 2027".</summary>
    private static void ReadDates(ref Sentence s, ref ChangeSet changes)
    {
        for (var i = 0; i < s.Count; i++)
        {
            var word = s.WordAt(i);
            var ends = word is Word.End or Word.Ended or Word.Run or Word.Last or Word.Extend;
            var starts = word is Word.Start or Word.Started;
            if (!ends && !starts)
            {
                continue;
            }

            var j = i + 1;
            j = s.IsWord(j, Word.Date) ? j + 1 : j;
            var linking = s.WordAt(j)
                is Word.In or Word.To or Word.Until or Word.Through or Word.By or Word.On or Word.From or Word.Of or Word.At;
            j = linking ? j + 1 : j;
            if (!MonthExpressionParser.TryRead(ref s, s.SkipThe(j), out var month))
            {
                continue;
            }

            if (ends)
            {
                changes.End ??= month.Last;
            }
            else
            {
                changes.Start ??= month.First;
            }

            s.Use(i, month.Next);
            i = month.Next - 1;
        }
    }

    private struct ChangeSet
    {
        public Money? Fee;
        public Power? Power;
        public decimal? Gpus;
        public YearMonth? Start;
        public YearMonth? End;

        public readonly bool IsEmpty => Fee is null && Power is null && Gpus is null && Start is null && End is null;
    }
}
