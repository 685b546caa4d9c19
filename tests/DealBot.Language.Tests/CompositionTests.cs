using DealBot.Core.Queries;
using DealBot.Core.Units;

namespace DealBot.Language.Tests;

/// <summary>
/// Questions read as quantities and an asked unit: what the user typed becomes amounts with dimensions, what they ask
/// for becomes the target, and the composer (not a list of phrasings) decides whether they fit. The values are checked
/// end to end in the corpus (DealBot.Chat.Tests); here, what the parser hands the core.
/// </summary>
public class CompositionTests
{
    [Theory]
    [InlineData("900 GPUs at 1 kW each, total MW?", "MW", "900 GPUs|1 kW per GPU")]
    [InlineData("energy of 50 MW over 2 weeks in MWh", "MWh", "50 MW|2 weeks")]
    [InlineData("how many 1.5 kW homes is 90 MW", "homes", "1.5 kW/home|90 MW")]
    [InlineData("2.5 GW in MW", "MW", "2.5 GW")]
    [InlineData("$0.11/kWh in $/MWh", "USD/MWh", "$0.11/kWh")]
    [InlineData("48 hours in days", "days", "48 hours")]
    [InlineData("two weeks in hours", "hours", "2 weeks")]
    [InlineData("how many kW in 20 MW", "kW", "20 MW")]
    [InlineData("how many 2 kW racks fit in 40 MW?", "racks", "2 kW/rack|40 MW")]
    [InlineData("how many months at $2B/month to reach $30B", "months", "$2B/month|$30B")]
    [InlineData("$2.50/gpu-hr in $ per gpu per year", "USD/GPU/year", "$2.50/GPU-hour")]
    [InlineData("3,400 million dollars in billions", "billion USD", "$3.4B")]
    public void UsersOwnAmounts_WithAnAskedUnit_AreComposed(string question, string target, string given)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.Compose, query.Kind);
        Assert.Equal(target, query.Target?.Symbol);
        Assert.Equal(given.Split('|'), query.Given.Select(g => g.Label));
        Assert.All(query.Given, g => Assert.True(g.Given));
    }

    [Theory]
    [InlineData("how many 2 kW racks fit in 40 MW?", true)]
    [InlineData("how many whole 2 kW racks in 40 MW", true)]
    [InlineData("how many kW in 20 MW", false)]
    public void FitAndWhole_AskForWholeThings(string question, bool whole)
    {
        Assert.Equal(whole, TestCatalog.Parse(question).Whole);
    }

    [Theory]
    [InlineData("xai in $ per kW per month", "USD/kW/month")]
    [InlineData("anthropic xai watts per gpu", "W/GPU")]
    [InlineData("xai gpus per MW", "GPU/MW")]
    [InlineData("xai MWh per GPU per year", "MWh/GPU/year")]
    [InlineData("xai $ per watt per year", "USD/W/year")]
    [InlineData("xai per second", "USD/s")]
    [InlineData("xai per gpu hour", "USD/GPU-hour")]
    [InlineData("how many homes could the xai deal power?", "homes")]
    public void ADealQuestion_CarriesTheAskedUnit(string question, string target)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.Deal, query.Kind);
        Assert.Equal(target, query.Target?.Symbol);
    }

    [Fact]
    public void InBillions_AsksForAScale()
    {
        Assert.Equal(1e9m, TestCatalog.Parse("xai total in billions").TargetScale);
    }

    [Fact]
    public void EnergyPerMonth_IsNotDollarsPerMonth()
    {
        // "per month" says which period; only a money measure makes it dollars per month.
        Assert.Null(TestCatalog.Parse("how much energy does the xai deal use per month").Target);
    }

    [Fact]
    public void AtTheSameRate_BringsInTheDealOfTheConversation()
    {
        var query = TestCatalog.Converse("whats the xai deal per MW-year", "at the same rate what would 1gw cost per year?");

        Assert.Equal(QueryKind.Compose, query.Kind);
        Assert.Equal(["anthropic-xai"], query.DealIds);
        Assert.Equal("USD/year", query.Target?.Symbol);
    }

    [Fact]
    public void AFollowUpAmountThatNoLongerFits_IsRefused_NotAnsweredAboutADeal()
    {
        var query = TestCatalog.Converse("$0.11 per kwh in $/MWh", "and 2 GW?");

        Assert.Equal(QueryKind.Unknown, query.Kind);
        Assert.Contains("2 GW", query.Problem);
    }

    [Theory]
    [InlineData("$0.11 per kwh in $/MWh", "and 9 cents?", "$0.09/kWh")]
    [InlineData("$2.50 per gpu-hour in $ per gpu-year", "and $3?", "$3.00/GPU-hour")]
    public void AFollowUpBarePrice_IsAPriceOfTheSameThing(string first, string followUp, string given)
    {
        var query = TestCatalog.Converse(first, followUp);

        Assert.Equal(QueryKind.Compose, query.Kind);
        Assert.Equal([given], query.Given.Select(g => g.Label));
    }

    [Theory]
    [InlineData("and $0.09/kWh?", "$0.09/kWh", "USD/MWh")]
    [InlineData("in $/kWh?", "$0.11/kWh", "USD/kWh")]
    public void AFollowUpToAComposition_ChangesOnePart(string followUp, string given, string target)
    {
        var query = TestCatalog.Converse("$0.11 per kwh in $/MWh", followUp);

        Assert.Equal(QueryKind.Compose, query.Kind);
        Assert.Equal(given, Assert.Single(query.Given).Label);
        Assert.Equal(target, query.Target?.Symbol);
    }

    [Theory]
    // The guard: a number or part of the question the answer would not use makes a refusal, never a neighbour's answer.
    [InlineData("GPUs homes homes 0.0000000001 GPUs 0")]
    [InlineData("0.0000000001 GW compare if")]
    [InlineData("xai per year 17")]
    public void PartsTheAnswerWouldIgnore_GiveARefusal(string question)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.Unknown, query.Kind);
        Assert.False(string.IsNullOrEmpty(query.Problem));
    }

    [Theory]
    [InlineData("what if the xai deal ran 10 years, when does it end?", null, 120)]
    [InlineData("what if xai charged 10% more, total?", 1.1, null)]
    [InlineData("what if it were 20% cheaper per gpu hour", 0.8, null)]
    public void ScenariosOfFeeAndTerm_AreWhatIfChanges(string question, double? feeFactor, int? termMonths)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(feeFactor is null ? null : (decimal)feeFactor, query.Changes!.FeeFactor);
        Assert.Equal(termMonths, query.Changes.TermMonths);
    }

    [Fact]
    public void APercentageOfSomethingElse_IsNoFeeChange()
    {
        Assert.Equal(QueryKind.Unknown, TestCatalog.Parse("what if it had 20% more gpus, per gpu hour").Kind);
    }

    [Fact]
    public void UnitsInTheTable_AreReadWhereverTheyAppear()
    {
        foreach (var unit in Prelude.All.Where(u => u.Dimension != Prelude.Usd.Dimension && !u.Dimension.IsDimensionless))
        {
            var query = TestCatalog.Parse($"3 {unit.Symbol} in {unit.Symbol}");

            Assert.True(query.Kind == QueryKind.Compose, $"3 {unit.Symbol} in {unit.Symbol}: {query.Kind} {query.Problem}");
            Assert.Equal(unit.Symbol, query.Target?.Symbol);
        }
    }
}
