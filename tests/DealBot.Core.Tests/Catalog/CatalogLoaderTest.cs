using System.Text;
using DealBot.Core.Catalog;

namespace DealBot.Core.Tests.Catalog;

public class CatalogLoaderTest
{
    private const string Source = """{ "id": "s1", "title": "SpaceX S-1", "url": "https://example.org/s1", "date": "2026-05-20", "status": "confirmed" }""";
    private const string Companies = """[ { "id": "anthropic", "name": "Anthropic", "aliases": ["Anthropic", "claude"] }, { "id": "xai", "name": "xAI", "aliases": ["xai"] } ]""";
    private const string GoodDeal = """{ "id": "anthropic-xai", "name": "Anthropic–xAI", "buyer": "anthropic", "seller": "xai", "summary": "s", "source": "s1", "monthlyFeeUsd": { "value": 1250000000, "source": "s1" }, "start": "2026-05", "end": "2029-05" }""";

    private static DealCatalog Load(string deal, string source = Source, string defaultDeal = "anthropic-xai") =>
        CatalogLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(
            $$"""{ "defaultDeal": "{{defaultDeal}}", "sources": [{{source}}], "companies": {{Companies}}, "hardware": [], "references": [], "deals": [{{deal}}] }""")));

    [Fact]
    public void Load_ValidFile_ReadsDealAndLowerCasesAliases()
    {
        var catalog = Load(GoodDeal);

        Assert.Equal(1_250_000_000m, catalog.DefaultDeal.MonthlyFeeUsd!.Value);
        Assert.Contains("anthropic", catalog.GetCompany("anthropic").Aliases);
    }

    [Theory]
    [InlineData("\"source\": \"s1\", \"monthlyFeeUsd\"", "\"source\": \"nope\", \"monthlyFeeUsd\"", "deals['anthropic-xai']", "'source'")]
    [InlineData("\"value\": 1250000000, \"source\": \"s1\"", "\"value\": 1250000000, \"source\": \"missing\"", "monthlyFeeUsd", "'source'")]
    [InlineData("\"end\": \"2029-05\"", "\"end\": \"May 2029\"", "deals['anthropic-xai']", "'end'")]
    [InlineData("\"end\": \"2029-05\"", "\"end\": \"2025-01\"", "anthropic-xai", "'end'")]
    [InlineData("\"buyer\": \"anthropic\"", "\"buyer\": \"openai\"", "anthropic-xai", "'buyer'")]
    [InlineData("\"value\": 1250000000", "\"value\": -5", "monthlyFeeUsd", "'value'")]
    [InlineData("\"value\": 1250000000", "\"value\": \"lots\"", "monthlyFeeUsd", "'value'")]
    [InlineData("\"summary\": \"s\",", "", "anthropic-xai", "'summary'")]
    public void Load_BadDeal_NamesEntryAndField(string find, string replace, string entry, string field)
    {
        var error = Assert.Throws<CatalogException>(() => Load(GoodDeal.Replace(find, replace)));

        Assert.Contains(entry, error.Message);
        Assert.Contains(field, error.Message);
    }

    [Fact]
    public void Load_UnknownStatus_NamesSourceAndField()
    {
        var error = Assert.Throws<CatalogException>(() => Load(GoodDeal, Source.Replace("confirmed", "rumoured")));

        Assert.Contains("sources['s1']", error.Message);
        Assert.Contains("'status'", error.Message);
    }

    [Fact]
    public void Load_DuplicateDeal_IsRejected() =>
        Assert.Contains("appears twice", Assert.Throws<CatalogException>(() => Load(GoodDeal + "," + GoodDeal)).Message);

    [Fact]
    public void Load_MissingDefaultDeal_NamesIt() =>
        Assert.Contains("'defaultDeal'", Assert.Throws<CatalogException>(() => Load(GoodDeal, defaultDeal: "nope")).Message);

    [Fact]
    public void Load_InvalidJson_SaysSoWithLine() =>
        Assert.Contains("not valid JSON", Assert.Throws<CatalogException>(() => CatalogLoader.Load(new MemoryStream("{ nope"u8.ToArray()))).Message);

    [Fact]
    public void LoadFile_Missing_SaysItCannotBeRead() =>
        Assert.Contains("cannot be read", Assert.Throws<CatalogException>(() => CatalogLoader.LoadFile("/nonexistent/catalog.json")).Message);

    [Fact]
    public void LoadDefault_ShippedCatalog_IsValid_AndEveryDealIsSourced()
    {
        var catalog = CatalogLoader.LoadDefault();

        Assert.Equal("anthropic-xai", catalog.DefaultDeal.Id);
        Assert.All(catalog.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Url), s.Id));
        Assert.True(catalog.Deals.Count >= 10, "deals");
    }
}
