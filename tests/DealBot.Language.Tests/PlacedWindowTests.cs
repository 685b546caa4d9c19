using DealBot.Core.Queries;

namespace DealBot.Language.Tests;

/// <summary>
/// Windows placed by a length: the first, next, last or final N days, weeks, months or years of a deal. The parser
/// only says where the window lies and how long it is; the core works out which months that is.
/// </summary>
public class PlacedWindowTests
{
    [Theory]
    [InlineData("how much does anthropic pay xai in the first year", WindowKind.First, 12, null)]
    [InlineData("the first year", WindowKind.First, 12, null)]
    [InlineData("xai first 6 months", WindowKind.First, 6, null)]
    [InlineData("what did the first two years of the colossus deal cost", WindowKind.First, 24, null)]
    [InlineData("first 180 days of the lease", WindowKind.First, null, 180)]
    [InlineData("xai initial 90 days", WindowKind.First, null, 90)]
    [InlineData("anthropic xai next 12 months", WindowKind.Next, 12, null)]
    [InlineData("xai total over the next 2 years", WindowKind.Next, 24, null)]
    [InlineData("what will anthropic pay xai in the coming year", WindowKind.Next, 12, null)]
    [InlineData("xai spend next 2 weeks", WindowKind.Next, null, 14)]
    [InlineData("what has anthropic paid xai over the last 12 months", WindowKind.Past, 12, null)]
    [InlineData("xai spend in the past 90 days", WindowKind.Past, null, 90)]
    [InlineData("the last 6 months of the xai deal", WindowKind.Final, 6, null)]
    [InlineData("xai total for the last year of the term", WindowKind.Final, 12, null)]
    [InlineData("colossus final year", WindowKind.Final, 12, null)]
    public void Parse_PlacedLength_IsAWindowOfThatKindAndLength(string question, WindowKind kind, int? months, int? days)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.Deal, query.Kind);
        Assert.Equal(Measure.Total, query.Measure);
        Assert.Equal(kind, query.Window!.Kind);
        Assert.Equal(months, query.Window.Months);
        Assert.Equal(days, query.Window.Days);
    }

    [Theory]
    [InlineData("180 days of the lease", 180)]
    [InlineData("xai deal for 90 days", 90)]
    [InlineData("how much is 2 weeks of the xai deal", 14)]
    public void Parse_LengthInDays_IsADurationAtTheFullFee(string question, int days)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(Measure.Total, query.Measure);
        Assert.Equal(Window.OfLength(WindowKind.ForDuration, null, days), query.Window);
    }

    [Fact]
    public void Parse_FollowUpWithPlacedWindow_KeepsTheDeal()
    {
        var query = TestCatalog.Converse("google xai per month", "and the first year?");

        Assert.Equal(["google-xai"], query.DealIds);
        Assert.Equal(Measure.Total, query.Measure);
        Assert.Equal(WindowKind.First, query.Window!.Kind);
    }

    [Theory]
    [InlineData("when does the xai deal last until")]
    [InlineData("what was the first deal anthropic signed with xai")]
    public void Parse_FirstOrLastWithoutALength_IsNoWindow(string question)
    {
        Assert.Null(TestCatalog.Parse(question).Window);
    }

    [Fact]
    public void Parse_RentalForTheNextMonths_KeepsTheDurationForTheArithmetic()
    {
        var query = TestCatalog.Parse("10,000 H100s at $2.50/hr for the next 6 months");

        Assert.Equal(QueryKind.Compute, query.Kind);
        Assert.Equal(6m, query.Duration!.Value.Months);
    }
}
