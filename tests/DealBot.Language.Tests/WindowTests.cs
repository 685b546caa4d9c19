using DealBot.Core.Queries;

namespace DealBot.Language.Tests;

public class WindowTests
{
    [Theory]
    [InlineData("xai total to term")]
    [InlineData("xai total over the life of the deal")]
    [InlineData("xai spend over the full term")]
    [InlineData("how much will anthropic pay xai in total")]
    [InlineData("total cost of colossus over the whole term")]
    [InlineData("xai total to the end")]
    public void Parse_ToTermWords_AskTotalToTerm(string question)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(Measure.Total, query.Measure);
        Assert.Equal(WindowKind.ToTerm, query.Window!.Kind);
    }

    [Theory]
    [InlineData("how much has anthropic paid xai so far?", WindowKind.SoFar)]
    [InlineData("xai spend to date", WindowKind.SoFar)]
    [InlineData("how much has claude paid spacex until now", WindowKind.SoFar)]
    [InlineData("how much has claude paid spacex up to now", WindowKind.SoFar)]
    [InlineData("what has anthropic already paid xai", WindowKind.SoFar)]
    [InlineData("xai remaining", WindowKind.Remaining)]
    [InlineData("how much is left to pay on the xai deal?", WindowKind.Remaining)]
    [InlineData("what's still to pay on the xai deal", WindowKind.Remaining)]
    [InlineData("what will anthropic pay xai from now on", WindowKind.Remaining)]
    [InlineData("xai cost going forward", WindowKind.Remaining)]
    public void Parse_SoFarOrRemaining_AsksTotalOverThatWindow(string question, WindowKind kind)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(Measure.Total, query.Measure);
        Assert.Equal(kind, query.Window!.Kind);
        Assert.Equal(["anthropic-xai"], query.DealIds);
    }

    [Theory]
    [InlineData("how much does anthropic pay xai between May 2027 and Dec 2028", "2027-05", "2028-12")]
    [InlineData("xai total from Jan 2027 to mid-2028", "2027-01", "2028-06")]
    [InlineData("xai total in 2027", "2027-01", "2027-12")]
    [InlineData("xai total for 2028", "2028-01", "2028-12")]
    [InlineData("xai total during Q3 2027", "2027-07", "2027-09")]
    [InlineData("xai total through 2028", null, "2028-12")]
    [InlineData("xai total until May 2028", null, "2028-05")]
    [InlineData("xai total until the end of 2027", null, "2027-12")]
    [InlineData("xai total by end of 2027", null, "2027-12")]
    [InlineData("xai total from 2027 onwards", "2027-01", null)]
    [InlineData("xai total since mid-2027", "2027-07", null)]
    [InlineData("xai total after May 2027", "2027-06", null)]
    [InlineData("xai total May 2027 - Dec 2028", "2027-05", "2028-12")]
    [InlineData("xai total 2027-2028", "2027-01", "2028-12")]
    [InlineData("xai total 2027", "2027-01", "2027-12")]
    [InlineData("xai total from 2027-05 to 2028-03", "2027-05", "2028-03")]
    public void Parse_MonthRange_IsBetweenWindow(string question, string? from, string? to)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(Measure.Total, query.Measure);
        Assert.Equal(WindowKind.Between, query.Window!.Kind);
        Assert.Equal(from, query.Window.From?.ToString());
        Assert.Equal(to, query.Window.To?.ToString());
    }

    [Theory]
    [InlineData("xai cost for 3 years", 36)]
    [InlineData("xai for 18 months", 18)]
    [InlineData("how much would 3 years of the xai deal cost", 36)]
    [InlineData("xai total for two years", 24)]
    [InlineData("xai total for 1.5 years", 18)]
    public void Parse_Duration_IsForDurationWindow(string question, int months)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(Measure.Total, query.Measure);
        Assert.Equal(new Window(WindowKind.ForDuration, Months: months), query.Window);
    }

    [Theory]
    [InlineData("xai total from May 2029 to May 2026")]
    [InlineData("xai total between dec 2027 and jan 2027")]
    [InlineData("how much did anthropic pay xai from June 2028 to March 2027?")]
    public void Parse_ReversedWindow_IsUnknown(string question)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.Unknown, query.Kind);
        Assert.Equal(LanguageMessages.ReversedWindow, query.Problem);
    }

    [Fact]
    public void Parse_WindowWithoutDeal_UsesDefaultDeal()
    {
        var query = TestCatalog.Parse("cost through 2028");

        Assert.Equal(QueryKind.Deal, query.Kind);
        Assert.Empty(query.DealIds);
        Assert.Equal(Measure.Total, query.Measure);
    }
}
