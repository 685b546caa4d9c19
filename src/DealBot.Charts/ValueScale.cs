using DealBot.Core.Answers;
using DealBot.Core.Text;

namespace DealBot.Charts;

/// <summary>
/// Axis numbers people can read: values divided into thousands, millions or billions, with the unit said once in the
/// axis label ("Cumulative spend (USD billions)", "USD per MW-year (millions)").
/// </summary>
internal readonly record struct ValueScale(double Divisor, string Word)
{
    public static ValueScale For(double max) => Math.Abs(max) switch
    {
        >= 1e12 => new(1e12, "trillions"),
        >= 1e9 => new(1e9, "billions"),
        >= 1e6 => new(1e6, "millions"),
        >= 1e4 => new(1e3, "thousands"),
        _ => new(1, ""),
    };

    public double Apply(decimal value) => (double)value / Divisor;

    /// <summary>"USD per MW-year (millions)", or just the unit when nothing is divided.</summary>
    public string Label(AnswerUnit unit) => Word.Length == 0 ? UnitName(unit) : $"{UnitName(unit)} ({Word})";

    /// <summary>A bar's value label as the answer writes it: "$50M", "300", "7.78".</summary>
    public static string Short(decimal value, AnswerUnit unit) =>
        IsMoney(unit) ? QuantityFormat.Usd(value) : QuantityFormat.Number(value);

    public static bool IsMoney(AnswerUnit unit) => unit <= AnswerUnit.UsdPerGpuPerMonth;

    public static string UnitName(AnswerUnit unit) => unit switch
    {
        AnswerUnit.Usd => "USD",
        AnswerUnit.UsdPerMonth => "USD per month",
        AnswerUnit.UsdPerYear => "USD per year",
        AnswerUnit.UsdPerDay => "USD per day",
        AnswerUnit.UsdPerMwPerMonth => "USD per MW-month",
        AnswerUnit.UsdPerMwPerYear => "USD per MW-year",
        AnswerUnit.UsdPerMwh => "USD per MWh",
        AnswerUnit.UsdPerKwh => "USD per kWh",
        AnswerUnit.UsdPerGpuPerHour => "USD per GPU-hour",
        AnswerUnit.UsdPerGpuPerMonth => "USD per GPU-month",
        _ => unit.Spelling(),
    };
}
