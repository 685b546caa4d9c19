using DealBot.Core.Answers;
using DealBot.Core.Quantities;
using DealBot.Core.Text;

namespace DealBot.Core.Calculations;

/// <summary>What must still be paid once notice to terminate is given.</summary>
public static class Commitments
{
    private const decimal DaysPerYear = 365m;

    public static Measured AfterNotice(DealModel m, DateOnly noticeDate, AnswerBuilder b)
    {
        const string label = "minimum after notice";
        if (m.Deal.NoticeDays is not { } days)
        {
            return Measured.NotDisclosed(label, $"No source gives {m.Name}'s notice period.");
        }

        if (m.MonthlyFee is not { } fee)
        {
            return DealMeasures.NoFee(m, label);
        }

        b.Cite(m.FeeSources);
        if (m.Deal.Termination is { } termination)
        {
            b.Cite(termination.SourceId);
        }

        var noticeMonth = YearMonth.FromDate(noticeDate);
        if (m.Last is { } last && noticeMonth > last)
        {
            return Measured.NotDisclosed(label, $"Notice on {noticeDate:yyyy-MM-dd} would come after the term ends ({Months.Name(last)}).");
        }

        // Days of notice that fall inside the term: notice cannot oblige payment past the end.
        var endOfTerm = m.Last is { } l ? l.AddMonths(1).FirstDay : DateOnly.MaxValue;
        var billedDays = Math.Min(days, Math.Max(0, endOfTerm.DayNumber - noticeDate.DayNumber));
        var wholeMonths = Math.Min(3m, Math.Ceiling(billedDays / 30m));
        var daily = fee.Times(12m).DividedBy(DaysPerYear);
        var prorated = daily.Times(billedDays);
        var value = new Estimate<decimal>(prorated.Low, prorated.Value, fee.High * wholeMonths);
        b.Step($"{days} days' notice from {noticeDate:yyyy-MM-dd}: {m.FeeText} × 12 ÷ 365 × {billedDays} days = {QuantityFormat.Usd(prorated.Value)}")
         .Step($"If billed in whole months ({wholeMonths} months): {QuantityFormat.Usd(value.High)}")
         .Assume("Full rate during the notice period.");
        // The first caveats bear on the term and on when notice may be given.
        foreach (var caveat in m.Deal.Caveats.Take(2))
        {
            b.Assume("Caveat: " + caveat.Text).Cite(caveat.SourceId);
        }

        return Measured.Number($"{label} given {noticeDate:yyyy-MM-dd}", value, AnswerUnit.Usd);
    }
}
