using DealBot.Core.Queries;

namespace DealBot.Language.Tests;

public class NumberParserTests
{
    [Theory]
    [InlineData("$1.25B", "1250000000", true)]
    [InlineData("1.25 billion", "1250000000", false)]
    [InlineData("1,250 million", "1250000000", false)]
    [InlineData("$1.25bn", "1250000000", true)]
    [InlineData("1.25e9", "1250000000", false)]
    [InlineData("$1B", "1000000000", true)]
    [InlineData("1 billion dollars", "1000000000", true)]
    [InlineData("$500M", "500000000", true)]
    [InlineData("500 mn", "500000000", false)]
    [InlineData("1.5k", "1500", false)]
    [InlineData("10k", "10000", false)]
    [InlineData("10,000", "10000", false)]
    [InlineData("250 thousand", "250000", false)]
    [InlineData("$2.50", "2.50", true)]
    [InlineData("2 dollars", "2", true)]
    [InlineData("2 bucks", "2", true)]
    [InlineData("1.25e9 USD", "1250000000", true)]
    [InlineData("8 cents", "0.08", true)]
    [InlineData("9¢", "0.09", true)]
    [InlineData("8c", "0.08", true)]
    [InlineData("0.08", "0.08", false)]
    [InlineData(".08", "0.08", false)]
    [InlineData("$.9B", "900000000", true)]
    [InlineData("$1.25 bln", "1250000000", true)]
    [InlineData("900 mln", "900000000", false)]
    [InlineData("$3 trillion", "3000000000000", true)]
    [InlineData("2.5 $", "2.5", true)]
    public void TryRead_EveryNumberStyle_ReadsValueAndCurrency(string text, string expected, bool isMoney)
    {
        Assert.True(Readers.TryReadAmount(text, out var amount));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount.Value);
        Assert.Equal(isMoney, amount.IsMoney);
        Assert.False(amount.IsTooLarge);
    }

    [Theory]
    [InlineData("twenty-four months", "24")]
    [InlineData("forty five days", "45")]
    [InlineData("one hundred and fifty MW", "150")]
    [InlineData("half a GW", "0.5")]
    [InlineData("two and a half years", "2.5")]
    [InlineData("a couple of months", "2")]
    [InlineData("five gw", "5")]
    [InlineData("one billion a month", "1000000000")]
    [InlineData("ninety", "90")]
    public void TryRead_NumberInWords_ReadsItsValue(string text, string expected)
    {
        Assert.True(Readers.TryReadAmount(text, out var amount));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount.Value);
    }

    [Theory]
    [InlineData("which one is bigger")]
    [InlineData("two deals")]
    [InlineData("half the gpus")]
    [InlineData("a couple deals")]
    public void TryRead_WordThatIsNotANumberHere_IsNoNumber(string text) =>
        Assert.False(Readers.TryReadAmount(text, out _));

    [Fact]
    public void TryRead_PowerOfTen_ReadsApproximately()
    {
        Assert.True(Readers.TryReadAmount("10^26", out var amount));
        Assert.Equal(1e26, amount.Approx, 1e12);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("123456789012345678901234567890123")]
    [InlineData("$2e15")]
    [InlineData("9999999999999999999999999999999999999999999999999999999999999999999999999")]
    public void TryRead_BeyondLargest_IsTooLarge(string text)
    {
        Assert.True(Readers.TryReadAmount(text, out var amount));
        Assert.True(amount.IsTooLarge);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("-$5B")]
    [InlineData("$-3")]
    [InlineData("−7 MW")]
    public void TryRead_MinusSign_IsNegative(string text)
    {
        Assert.True(Readers.TryReadAmount(text, out var amount));
        Assert.True(amount.Negative);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("$")]
    [InlineData("")]
    [InlineData("million")]
    public void TryRead_NoNumeral_ReadsNothing(string text) => Assert.False(Readers.TryReadAmount(text, out _));

    [Theory]
    [InlineData("what if it were $1.25B a month", "1250000000")]
    [InlineData("what if it were 1.25 billion a month", "1250000000")]
    [InlineData("what if it were 1,250 million a month", "1250000000")]
    [InlineData("what if it were $1.25bn/mo", "1250000000")]
    [InlineData("what if it were 1.25e9 per month", "1250000000")]
    [InlineData("what if it were 1 billion dollars a month", "1000000000")]
    [InlineData("what if it were $500M monthly", "500000000")]
    [InlineData("what if it were 500 mn a month", "500000000")]
    [InlineData("what if it were $12B a year", "1000000000")]
    public void Parse_DollarBillions_ReadsMonthlyFee(string question, string fee)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(decimal.Parse(fee), query.Changes!.MonthlyFee!.Value.Usd);
    }

    [Theory]
    [InlineData("1e400", LanguageMessages.TooLarge)]
    [InlineData("1e400 GPUs at $2/hr", LanguageMessages.TooLarge)]
    [InlineData("what if it were $5e15 a month", LanguageMessages.TooLarge)]
    [InlineData("xai per gpu-hour with 2e15 gpus", LanguageMessages.TooLarge)]
    [InlineData("what if it were 1e400 MW", LanguageMessages.TooLarge)]
    [InlineData("-1 GPUs at $2/hr for a year", LanguageMessages.NotPositive)]
    [InlineData("10000 GPUs at $-3/hr for a month", LanguageMessages.NotPositive)]
    [InlineData("what if it were -500 MW", LanguageMessages.NotPositive)]
    [InlineData("what if it were 0 MW, per MW-year", LanguageMessages.NotPositive)]
    [InlineData("what if it had 0 gpus, per gpu-hour", LanguageMessages.NotPositive)]
    [InlineData("xai flops per month at 400% MFU", LanguageMessages.UtilisationOutOfRange)]
    [InlineData("xai total for 1e12 years", LanguageMessages.TooLarge)]
    public void Parse_ImpossibleNumber_IsUnknownWithClearProblem(string question, string problem)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.Unknown, query.Kind);
        Assert.Equal(problem, query.Problem);
        Assert.InRange(query.Suggestions.Count, 2, 4);
    }

    [Theory]
    [InlineData("how long to train a 1e26 FLOP model at 40%", "0.40")]
    [InlineData("how long to train a 1e26 FLOP model at 40 percent utilisation", "0.40")]
    [InlineData("how long to train a 1e26 FLOP model at 0.4 MFU", "0.4")]
    [InlineData("how long to train a 1e26 FLOP model at 35% MFU", "0.35")]
    [InlineData("how long to train a 1e26 FLOP model at 50 mfu", "0.50")]
    public void Parse_PercentStyles_ReadUtilisation(string question, string utilisation)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(Measure.TimeToTrain, query.Measure);
        Assert.Equal(decimal.Parse(utilisation), query.Utilisation);
        Assert.Equal(1e26, query.TrainingFlops);
    }
}
