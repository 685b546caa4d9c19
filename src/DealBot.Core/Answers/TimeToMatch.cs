using System.Globalization;
using DealBot.Core.Calculations;
using DealBot.Core.Quantities;
using DealBot.Core.Queries;
using DealBot.Core.Text;
using DealBot.Core.Units;

namespace DealBot.Core.Answers;

/// <summary>
/// "How many months of the xai fee would pay for oracle's $300B": one deal's total (as measured, ramp and range kept)
/// over another deal's monthly fee, in the length asked.
/// </summary>
internal static class TimeToMatch
{
    public static Answer Answer(AnswerBuilder b, DealModel payer, DealModel other, Unit target, YearMonth month, DateOnly date)
    {
        if (payer.MonthlyFee is not { } fee)
        {
            return Composed.Refusal(b, string.Format(CultureInfo.InvariantCulture, AnswerMessages.NoFeeToMatchFormat, payer.Name));
        }

        // The deal whose fee is counted comes first.
        b.Deal(payer.Deal.Id).Cite(payer.FeeSources);
        var measured = DealMeasures.Evaluate(other, Measure.Total, new DealQuery { Kind = QueryKind.Deal, Measure = Measure.Total }, month, date, b);
        if (measured.Value is not { } total || measured.Unit != AnswerUnit.Usd)
        {
            return Composed.Refusal(b, measured.Missing ?? string.Format(CultureInfo.InvariantCulture, AnswerMessages.NoTotalToMatchFormat, other.Name));
        }

        var length = Quantity.Of(total.Low, total.Value, total.High, Prelude.Usd) / Quantity.Of(fee.Low, fee.Value, fee.High, Prelude.Usd.Per(Prelude.Month));
        var (low, value, high) = length.In(target)!.Value;
        var formatted = UnitFormat.Format(low, value, high, target);
        b.Step($"{other.Name}'s {ValueFormat.Format(total, AnswerUnit.Usd)} ÷ {payer.Name}'s {payer.FeeText} = {formatted}");
        b.Assume(AnswerMessages.MonthAndYear);
        return b.Build(Intents.Compare, $"{formatted} of {payer.Name}'s fee to match {other.Name}'s total", new Estimate<decimal>(low, value, high), target);
    }
}
