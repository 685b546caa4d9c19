using DealBot.Core.Queries;

namespace DealBot.Language.Tests;

public class ChatNoiseTests
{
    [Theory]
    [InlineData("<@123> xai total")]
    [InlineData("<@!123> xai total")]
    [InlineData("<@&123> xai total")]
    [InlineData("<#123> xai total")]
    [InlineData("<!here> xai total")]
    [InlineData("<!channel> xai total")]
    [InlineData("<!everyone> xai total")]
    [InlineData("@everyone xai total")]
    [InlineData("@here xai total")]
    [InlineData("<@U123|dealbot> xai total")]
    [InlineData("<:rocket:123456> xai total <a:party:42>")]
    [InlineData("/deal xai total")]
    [InlineData("/ask xai total")]
    [InlineData("/dealbot xai total")]
    [InlineData("hey dealbot, pls xai total!!! 🚀🚀")]
    [InlineData("XAI TOTAL???")]
    [InlineData("  xai\ttotal \r\n")]
    [InlineData("xai\u0000total\u0007")]
    [InlineData("xai total 🙏🏽 thanks")]
    [InlineData("@DealBot#1234 xai total")]
    public void Parse_ChatNoise_IsIgnored(string message)
    {
        var query = TestCatalog.Parse(message);

        Assert.Equal(QueryKind.Deal, query.Kind);
        Assert.Equal(Measure.Total, query.Measure);
        Assert.Equal(["anthropic-xai"], query.DealIds);
    }

    [Fact]
    public void Parse_CompareCommand_IsACompare()
    {
        var query = TestCatalog.Parse("/compare xai oracle");

        Assert.Equal(QueryKind.Compare, query.Kind);
        Assert.Equal(["anthropic-xai", "openai-oracle"], query.DealIds);
    }

    [Fact]
    public void Parse_WhatIfCommand_IsAWhatIf()
    {
        var query = TestCatalog.Parse("/whatif 500 MW");

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(500m, query.Changes!.Power!.Value.Megawatts);
    }

    [Theory]
    [InlineData("10,000 H100s", new[] { "Number:10,000", "Word:h100s" })]
    [InlineData("$1.25B/mo", new[] { "Symbol:$", "Number:1.25", "Word:b", "Symbol:/", "Word:mo" })]
    [InlineData("mid-2027", new[] { "Word:mid", "Symbol:-", "Number:2027" })]
    [InlineData("anthropic's 1e26-FLOP", new[] { "Word:anthropic", "Number:1e26", "Symbol:-", "Word:flop" })]
    [InlineData("<@123> 9¢ 🚀 '29", new[] { "Number:9", "Symbol:¢", "Symbol:'", "Number:29" })]
    [InlineData("March 1, 2027", new[] { "Word:march", "Number:1", "Number:2027" })]
    public void Tokenize_Text_SplitsWordsNumbersAndSymbols(string text, string[] tokens)
    {
        Assert.Equal(tokens, Readers.Tokens(text));
    }

    [Fact]
    public void Parse_MentionOnly_IsAnEmptyQuestion()
    {
        var query = TestCatalog.Parse("<@123>");

        Assert.Equal(QueryKind.Unknown, query.Kind);
        Assert.Equal(LanguageMessages.EmptyQuestion, query.Problem);
    }
}
