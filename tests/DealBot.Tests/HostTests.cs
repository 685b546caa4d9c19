using System.Text.Json;
using System.Text.Json.Nodes;
using DealBot.Core.Catalog;

namespace DealBot.Tests;

/// <summary>The built host, run as a process: what a user at a terminal, a script or a container sees.</summary>
public sealed class HostTests
{
    [Fact]
    public async Task PipedQuestions_NoCommand_AnswersEachAndExitsAtEndOfInput()
    {
        var run = await HostProcess.RunAsync("xai per year\nand per month?\n", environment: null);

        Assert.Equal(0, run.ExitCode);
        var answers = run.Stdout.Trim().Split("\n\n");
        Assert.Equal(2, answers.Length);
        Assert.StartsWith("$15B", answers[0]);
        Assert.Contains("$1.25B", answers[1].Split('\n')[0]);
        Assert.DoesNotContain("you> ", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task Chat_PipedFollowUp_UsesTheContextOfThePreviousQuestion()
    {
        var run = await HostProcess.RunAsync("openai oracle per year\nand per month?\nquit\nxai per year\n", environment: null, "chat");

        Assert.Equal(0, run.ExitCode);
        var answers = run.Stdout.Trim().Split("\n\n");
        Assert.Equal(2, answers.Length);
        Assert.Contains("Oracle", answers[1].Split('\n')[0]);
    }

    [Fact]
    public async Task Ask_PlainText_PrintsTheAnswerWithItsWorkingAndSources()
    {
        var run = await HostProcess.RunAsync("ask", "xai per year");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("$15B", run.Stdout);
        Assert.Contains("Sources:", run.Stdout);
    }

    [Fact]
    public async Task Ask_JsonFormat_PrintsValueAndUnit()
    {
        var run = await HostProcess.RunAsync("ask", "--format", "json", "xai per year");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.True(root.GetProperty("understood").GetBoolean());
        Assert.Equal(15_000_000_000d, root.GetProperty("value").GetDouble());
        Assert.Equal("USD/year", root.GetProperty("unit").GetString());
        Assert.NotEmpty(root.GetProperty("sources").EnumerateArray());
    }

    [Fact]
    public async Task Ask_JsonlFromStdin_WritesExactlyOneJsonObjectPerInputLine()
    {
        var tenKilobytes = string.Concat(Enumerable.Repeat("how much is it ", 700));
        var input = $"xai per year\n\n{tenKilobytes}\r\ncompare xai and oracle per MW-year\n@everyone \u0001\u0007 💥 1e400";

        var run = await HostProcess.RunAsync(input, environment: null, "ask", "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n');
        Assert.Equal("", lines[^1]);
        var objects = lines[..^1].Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(5, objects.Length);
        Assert.Equal(15_000_000_000d, objects[0].GetProperty("value").GetDouble());
        Assert.False(objects[1].GetProperty("understood").GetBoolean());
        Assert.All(objects, o => Assert.True(o.TryGetProperty("text", out _)));
        Assert.DoesNotContain("@everyone", run.Stdout);
    }

    [Fact]
    public async Task Chat_Jsonl_KeepsOneConversationAcrossLines()
    {
        var run = await HostProcess.RunAsync("xai per year\nand per month?\nhow many homes could it power", environment: null, "chat", "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        var objects = run.Stdout.TrimEnd('\n').Split('\n').Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(3, objects.Length);
        Assert.Equal(15_000_000_000d, objects[0].GetProperty("value").GetDouble());
        Assert.Equal(1_250_000_000d, objects[1].GetProperty("value").GetDouble());
        Assert.Equal("anthropic-xai", objects[2].GetProperty("deals")[0].GetString());
    }

    [Fact]
    public async Task DefaultDeal_IsTheDealOfAQuestionThatNamesNone_AndSaysSo()
    {
        var run = await HostProcess.RunAsync("ask", "--format", "json", "--DealBot:DefaultDeal=openai-oracle", "--", "total per year");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("openai-oracle", json.RootElement.GetProperty("deals")[0].GetString());
        Assert.Contains(json.RootElement.GetProperty("assumptions").EnumerateArray(), a => a.GetString()!.Contains("No deal was named"));
    }

    [Fact]
    public async Task DefaultDeal_NotInTheCatalog_StopsStartUpWithOneLine()
    {
        var run = await HostProcess.RunAsync("ask", "--DealBot:DefaultDeal=no-such-deal", "--", "total");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("DealBot:DefaultDeal", line);
        Assert.Contains("no-such-deal", line);
    }

    [Fact]
    public async Task Ask_EmptyStdinInJsonl_WritesNothingAndSucceeds()
    {
        var run = await HostProcess.RunAsync("", environment: null, "ask", "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task Ask_QuestionAfterDoubleDash_MayStartWithAMinus()
    {
        var run = await HostProcess.RunAsync("ask", "--format", "json", "--", "-5 GPUs");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.True(json.RootElement.TryGetProperty("understood", out _));
        Assert.Equal("", run.Stderr);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("ask", "--colour", "xai")]
    [InlineData("ask", "-5 GPUs")]
    [InlineData("ask", "--format", "yaml", "xai")]
    [InlineData("ask", "--format")]
    [InlineData("chat", "hello")]
    public async Task BadCommandLine_PrintsOneUsageLineAndExitsWith2(params string[] args)
    {
        var run = await HostProcess.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("Usage:", line);
    }

    [Fact]
    public async Task Help_PrintsTheCommandsAndExitsWith0()
    {
        var run = await HostProcess.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ask --format jsonl", run.Stdout);
        Assert.Contains("DealBot:CatalogPath", run.Stdout);
    }

    [Fact]
    public async Task BadCatalogFile_ExitsWith1AndNamesTheEntryAndField_WithoutAStackTrace()
    {
        var catalog = JsonNode.Parse(BuiltInCatalogJson())!;
        var deal = catalog["deals"]![0]!;
        var dealId = deal["id"]!.GetValue<string>();
        deal["buyer"] = "no-such-company";
        var path = Path.Combine(Path.GetTempPath(), $"dealbot-{Guid.NewGuid():N}.bad.json");
        await File.WriteAllTextAsync(path, catalog.ToJsonString());
        try
        {
            var run = await HostProcess.RunAsync("xai per year\n", environment: null, $"--DealBot:CatalogPath={path}");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal("", run.Stdout);
            Assert.Contains($"'{dealId}'", run.Stderr);
            Assert.Contains("'buyer'", run.Stderr);
            Assert.DoesNotContain("   at ", run.Stderr);
            Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task OwnCatalogFile_FromEnvironmentVariable_IsUsed()
    {
        var catalog = JsonNode.Parse(BuiltInCatalogJson())!;
        var path = Path.Combine(Path.GetTempPath(), $"dealbot-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, catalog.ToJsonString());
        try
        {
            var run = await HostProcess.RunAsync("", new Dictionary<string, string> { ["DealBot__CatalogPath"] = path }, "ask", "--format", "json", "xai per year");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(15_000_000_000d, JsonDocument.Parse(run.Stdout).RootElement.GetProperty("value").GetDouble());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task BadSettings_ExitWith1AndOneLinePerProblem()
    {
        var run = await HostProcess.RunAsync("--DealBot:ConversationMinutes=0", "--DealBot:RateLimitBurst=0", "--DealBot:CatalogPath=/no/such/catalog.json");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("DealBot:ConversationMinutes"));
        Assert.Contains(lines, l => l.Contains("DealBot:RateLimitBurst"));
        Assert.Contains(lines, l => l.Contains("DealBot:CatalogPath") && l.Contains("/no/such/catalog.json"));
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Theory]
    [InlineData("Discord__Token", "Discord:Token")]
    [InlineData("Slack__BotToken", "Slack:BotToken")]
    [InlineData("Slack__AppToken", "Slack:AppToken")]
    public async Task MalformedPlatformToken_FailsAtStartUp_WithoutReadingStdin_NeverShowingTheToken(string variable, string key)
    {
        const string secret = "s3cr3t-token-value";

        // stdin stays open and empty: a host that read it would never exit.
        var run = await HostProcess.RunAsync(stdin: null, new Dictionary<string, string> { [variable] = secret });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(key, run.Stderr);
        Assert.DoesNotContain(secret, run.Stderr + run.Stdout);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    private static string BuiltInCatalogJson()
    {
        using var stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream("DealBot.Core.Catalog.catalog.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
