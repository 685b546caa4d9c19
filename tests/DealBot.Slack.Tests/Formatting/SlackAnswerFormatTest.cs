using System.Text.Json;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Slack.Formatting;
using DealBot.Slack.Tests.Fakes;

namespace DealBot.Slack.Tests.Formatting;

/// <summary>Block Kit layout and escaping: nothing in an answer can become a mention, and limits are kept.</summary>
public sealed class SlackAnswerFormatTest
{
    private static readonly Answer Injected = new()
    {
        Understood = true,
        Intent = "total",
        Headline = "<!channel> $1 & <@U123> > 2",
        Value = 43_750_000_000,
        Unit = AnswerUnit.Usd,
        Low = 43_750_000_000,
        High = 46_250_000_000,
        Steps = ["<!here> step & more", "@everyone look"],
        Assumptions = ["<#C1|general> assumed"],
        Sources = [new Source("s1", "Title <!subteam^S1> & co", "https://example.com/a?x=1&y=<2>|z", new DateOnly(2026, 5, 20), FactStatus.Reported)],
        Suggestions = ["<@U9> xai per year"],
    };

    [Fact]
    public void Message_InjectedMentions_NoMarkupButTheSourceLink()
    {
        var message = JsonSerializer.SerializeToElement(SlackAnswerFormat.Message(Injected));

        var markup = MessageText.All(message).SelectMany(t => Enumerable.Range(0, t.Length).Where(i => t[i] == '<').Select(i => t[i..])).ToArray();

        Assert.All(markup, m => Assert.StartsWith("<https://example.com/a?x=1&amp;y=&lt;2&gt;%7Cz|Title &lt;!subteam^S1&gt; &amp; co", m, StringComparison.Ordinal));
        Assert.Equal(2, markup.Length);
        Assert.Contains(MessageText.All(message), t => t.Contains("&lt;!channel&gt; $1 &amp; &lt;@U123&gt; &gt; 2", StringComparison.Ordinal));
        Assert.DoesNotContain(MessageText.All(message), t => t.Contains("@everyone", StringComparison.Ordinal));
    }

    [Fact]
    public void Message_Blocks_HeaderFieldsStepsAssumptionsButtonsSources()
    {
        var message = JsonSerializer.SerializeToElement(SlackAnswerFormat.Message(Injected));

        var blocks = message.GetProperty("blocks").EnumerateArray().ToArray();
        Assert.Equal(["header", "section", "section", "section", "actions", "context"], blocks.Select(b => b.GetProperty("type").GetString()!));
        Assert.Equal("plain_text", blocks[0].GetProperty("text").GetProperty("type").GetString());
        var fields = blocks[1].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(["*Value*\n$43.75B", "*Range*\n$43.75B – $46.25B"], fields);
        var button = blocks[4].GetProperty("elements")[0];
        Assert.Equal(SlackAnswerFormat.AskActionPrefix + "0", button.GetProperty("action_id").GetString());
        Assert.Equal("<@U9> xai per year", button.GetProperty("value").GetString());
    }

    [Fact]
    public void Message_LongHeadline_CutTo150()
    {
        var message = JsonSerializer.SerializeToElement(SlackAnswerFormat.Message(Injected with { Headline = new string('x', 400) }));

        Assert.Equal(150, MessageText.Header(message)!.Length);
    }

    [Fact]
    public void Message_LongSectionFullOfMentions_StaysWithin3000InWholeLinesAfterNeutralizing()
    {
        // Each "@here" gains a zero-width space when neutralized: a cut made before that would end up over the limit.
        var steps = Enumerable.Repeat("ask @here and @channel", 200).ToArray();

        var message = JsonSerializer.SerializeToElement(SlackAnswerFormat.Message(Injected with { Steps = steps }));

        var section = message.GetProperty("blocks")[2].GetProperty("text").GetProperty("text").GetString()!;
        Assert.InRange(section.Length, 2900, 3000);
        Assert.DoesNotContain("@here", section, StringComparison.Ordinal);
        var lines = section.Split('\n');
        Assert.Equal("…", lines[^1]);
        Assert.All(lines[..^1], line => Assert.Equal("• ask @\u200Bhere and @\u200Bchannel", line));
    }

    [Fact]
    public void Message_LongDate_FieldCutTo2000()
    {
        var message = JsonSerializer.SerializeToElement(SlackAnswerFormat.Message(Injected with { Date = new string('9', 2500) }));

        var fields = message.GetProperty("blocks")[1].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("text").GetString()!);
        Assert.Equal(2000, fields.Max(f => f.Length));
    }

    [Fact]
    public void Message_ExactValue_NoRangeField()
    {
        var message = JsonSerializer.SerializeToElement(SlackAnswerFormat.Message(Injected with { Low = null, High = null }));

        var fields = message.GetProperty("blocks")[1].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("text").GetString()!);
        Assert.Equal(["*Value*\n$43.75B"], fields);
    }

    [Fact]
    public void Message_TextFallback_IsTheRenderedAnswer()
    {
        var answer = Expected.Answer("xai per year");

        var text = SlackAnswerFormat.Message(answer)["text"]!.GetValue<string>();

        Assert.StartsWith($"*{Mrkdwn.Escape(answer.Headline)}*\n• {Mrkdwn.Escape(answer.Steps[0])}", text, StringComparison.Ordinal);
        Assert.Contains("Sources:\n1. <https://", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a & b < c > d", "a &amp; b &lt; c &gt; d")]
    [InlineData("<!channel>", "&lt;!channel&gt;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("plain \"text\" 'ok'", "plain \"text\" 'ok'")]
    public void Escape_OnlyTheThreeControlCharacters(string text, string escaped)
    {
        Assert.Equal(escaped, Mrkdwn.Escape(text));
        Assert.Equal(text, Mrkdwn.Unescape(escaped));
    }

    [Fact]
    public void Notice_IsEscapedAndNeutralized()
    {
        Assert.Equal("&lt;!here&gt; @\u200Beveryone", SlackAnswerFormat.Notice("<!here> @everyone")["text"]!.GetValue<string>());
    }
}
