using DealBot.Core.Queries;

namespace DealBot.Language.Tests;

public class EntityResolutionTests
{
    [Theory]
    [InlineData("anthropic xai total", "anthropic-xai")]
    [InlineData("how much does claude pay spacex in total", "anthropic-xai")]
    [InlineData("musk grok deal total", "anthropic-xai")]
    [InlineData("x.ai total", "anthropic-xai")]
    [InlineData("space x total", "anthropic-xai")]
    [InlineData("tell me about colossus", "anthropic-xai")]
    [InlineData("xai total", "anthropic-xai")]
    [InlineData("google xai total", "google-xai")]
    [InlineData("gemini spacex total", "google-xai")]
    [InlineData("openai oracle total", "openai-oracle")]
    [InlineData("chatgpt oci total", "openai-oracle")]
    [InlineData("open ai azure total", "openai-microsoft")]
    [InlineData("openai aws total", "openai-aws")]
    [InlineData("stargate total", "stargate")]
    [InlineData("microsoft nebius total", "microsoft-nebius")]
    [InlineData("meta google cloud total", "meta-google")]
    [InlineData("anthropic amazon web services total", "anthropic-amazon")]
    [InlineData("the anthropic-xai deal", "anthropic-xai")]
    [InlineData("Anthropic–Google Cloud total", "anthropic-google-cloud")]
    public void Parse_Aliases_ResolveTheDeal(string question, string deal)
    {
        Assert.Equal([deal], TestCatalog.Parse(question).DealIds);
    }

    [Theory]
    [InlineData("antropic xai total", "anthropic-xai")]
    [InlineData("anthropics xai total", "anthropic-xai")]
    [InlineData("anthropic's xai total", "anthropic-xai")]
    [InlineData("oracel per year", "openai-oracle")]
    [InlineData("orcale per year", "openai-oracle")]
    [InlineData("microsfot nebius total", "microsoft-nebius")]
    [InlineData("anthroppic spacex total", "anthropic-xai")]
    [InlineData("colosus per month", "anthropic-xai")]
    [InlineData("ANTHROPIC XAI TOTAL", "anthropic-xai")]
    public void Parse_TyposAndPlurals_ResolveTheDeal(string question, string deal)
    {
        Assert.Equal([deal], TestCatalog.Parse(question).DealIds);
    }

    [Theory]
    [InlineData("anthropic google total", "anthropic-google-cloud")]
    [InlineData("how many tpus does google give anthropic", "anthropic-google-tpu")]
    [InlineData("oracle total", "openai-oracle")]
    [InlineData("anthropic total", "anthropic-xai")]
    [InlineData("how much is anthropic paying a month", "anthropic-xai")]
    [InlineData("what does iren charge per year", "microsoft-iren")]
    [InlineData("the google tpu deal, how many chips", "anthropic-google-tpu")]
    public void Parse_CompanyNamedAlone_MeansItsOnlyDeal_TheDefault_OrTheOneItsWordsName(string question, string deal)
    {
        Assert.Equal([deal], TestCatalog.Parse(question).DealIds);
    }

    [Theory]
    [InlineData("google total", "Google")]
    [InlineData("openai total", "OpenAI")]
    [InlineData("nebius total", "Nebius")]
    [InlineData("coreweave per year", "CoreWeave")]
    [InlineData("what does microsoft pay", "Microsoft")]
    [InlineData("amazon deal total?", "Amazon")]
    public void Parse_CompanyWithSeveralDeals_AndNothingToPickOne_AsksWhichDeal(string question, string company)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.Unknown, query.Kind);
        Assert.StartsWith(company + " is in ", query.Problem);
    }

    [Theory]
    [InlineData("how many h100 can 300 MW feed", "h100")]
    [InlineData("how many H100s can 300 MW feed", "h100")]
    [InlineData("how many gb200s can 300 MW feed", "gb200")]
    [InlineData("how many B200 can 300 MW feed", "b200")]
    [InlineData("how many MI300X can 300 MW feed", "mi300x")]
    [InlineData("how many TPU v5p can 300 MW feed", "tpu-v5p")]
    [InlineData("how many tpu-v5p can 300 MW feed", "tpu-v5p")]
    [InlineData("how many trainium 2 can 300 MW feed", "trainium2")]
    [InlineData("how many Trainium2 chips can 300 MW feed", "trainium2")]
    [InlineData("how many GB 200s can 300 MW feed", "gb200")]
    [InlineData("how many nvidia h200s can 300 MW feed", "h200")]
    public void Parse_HardwareAliases_ResolveAccelerator(string question, string accelerator)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(Measure.GpusForPower, query.Measure);
        Assert.Equal(accelerator, query.AcceleratorId);
        Assert.Empty(query.DealIds);
    }

    [Fact]
    public void Parse_NoCompany_LeavesDealToTheDefault()
    {
        var query = TestCatalog.Parse("how much will they pay in total?");

        Assert.Equal(QueryKind.Deal, query.Kind);
        Assert.Empty(query.DealIds);
    }

    [Fact]
    public void Parse_DealAliasAndItsParty_IsOneDeal()
    {
        Assert.Equal(["anthropic-xai"], TestCatalog.Parse("anthropic colossus per month").DealIds);
    }

    [Fact]
    public void Parse_TwoPairs_AreTwoDealsInTheOrderNamed()
    {
        var query = TestCatalog.Parse("compare google xai and anthropic xai per gpu-hour");

        Assert.Equal(["google-xai", "anthropic-xai"], query.DealIds);
    }

    [Fact]
    public void Parse_NearMissName_SuggestsTheCorrection()
    {
        var query = TestCatalog.Parse("how much does anthrpc pay per month");

        Assert.Equal(QueryKind.Unknown, query.Kind);
        Assert.Equal(LanguageMessages.WhichDeal, query.Problem);
        Assert.Equal(string.Format(LanguageMessages.DidYouMeanFormat, "how much does anthropic pay per month"), query.Suggestions[0]);
        Assert.InRange(query.Suggestions.Count, 2, 4);
    }

    [Theory]
    [InlineData("metal total")]
    [InlineData("amazing total")]
    [InlineData("cloud total")]
    public void Parse_CommonWordNearAName_IsNotThatName(string question)
    {
        Assert.Empty(TestCatalog.Parse(question).DealIds);
    }
}
