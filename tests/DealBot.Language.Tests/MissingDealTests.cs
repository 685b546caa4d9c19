using DealBot.Core.Queries;

namespace DealBot.Language.Tests;

/// <summary>
/// A question that names a pair of parties with no deal between them is answered as exactly that, never with
/// another deal of one of them: two catalog companies that could trade or that the words join ("X pays Y",
/// "X's deal with Y"), or a catalog company joined to a name the catalog does not know ("X and Y").
/// </summary>
public class MissingDealTests
{
    [Theory]
    [InlineData("how much does anthropic pay nvidia", "anthropic", "nvidia")]
    [InlineData("anthropic's deal with nvidia", "anthropic", "nvidia")]
    [InlineData("anthropic nvidia total", "anthropic", "nvidia")]
    [InlineData("what does nvidia get from anthropic", "anthropic", "nvidia")]
    [InlineData("how much does xai pay oracle per year", "xai", "oracle")]
    [InlineData("how much is meta paying to oracle", "meta", "oracle")]
    public void Parse_TwoCompaniesWithNoDealBetweenThem_IsNoSuchDeal(string question, string first, string second)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.NoSuchDeal, query.Kind);
        Assert.Equal([first, second], query.Parties.Select(p => p.CompanyId));
        Assert.Empty(query.DealIds);
    }

    [Theory]
    [InlineData("whats the deal with openai and disney", "openai", null, "Disney")]
    [InlineData("what does disney pay openai", null, "openai", "Disney")]
    [InlineData("how much does anthropic pay tesla", "anthropic", null, "Tesla")]
    [InlineData("microsoft's deal with apple", "microsoft", null, "Apple")]
    public void Parse_CompanyJoinedToAnUnknownName_IsNoSuchDealWithAnUnknownParty(string question, string? first, string? second, string unknown)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.NoSuchDeal, query.Kind);
        Assert.Equal([first, second], query.Parties.Select(p => p.CompanyId));
        Assert.Contains(query.Parties, p => !p.IsKnown && p.Name == unknown);
    }

    [Theory]
    [InlineData("how much does anthropic pay xai", "anthropic-xai")]
    [InlineData("how much does microsoft pay nebius", "microsoft-nebius")]
    [InlineData("what is anthropic's deal with google", "anthropic-google-cloud")]
    [InlineData("how much does anthropic spend on xai every year lol", "anthropic-xai")]
    [InlineData("how much is anthropic paying xai in memphis", "anthropic-xai")]
    public void Parse_PairWithADeal_IsThatDeal(string question, string deal)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.Deal, query.Kind);
        Assert.Equal([deal], query.DealIds);
    }

    [Theory]
    [InlineData("compare anthropic and oracle per year")]
    [InlineData("xai and oracle per MW-year")]
    [InlineData("which is more expensive per MW-year, xai or oracle?")]
    [InlineData("nebius vs iren per mw-year")]
    public void Parse_DealsOfEachParty_AreStillCompared(string question)
    {
        Assert.Equal(QueryKind.Compare, TestCatalog.Parse(question).Kind);
    }

    [Fact]
    public void Parse_LoneCompanyFollowUp_IsItsDeal_NotAMissingPair()
    {
        var query = TestCatalog.Converse("microsoft iren per year", "and nebius?");

        Assert.Equal(["microsoft-nebius"], query.DealIds);
    }
}
