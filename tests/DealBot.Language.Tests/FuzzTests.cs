using System.Diagnostics;
using System.Text;
using DealBot.Core.Queries;

namespace DealBot.Language.Tests;

/// <summary>
/// Feeds the parser random and mutated questions. It must never throw, never hang, and always explain an
/// Unknown. The guarded <see cref="QuestionParser.Parse"/> would hide an exception, so this calls the parser
/// underneath it.
/// </summary>
public class FuzzTests
{
    private const int Iterations = 120_000;

    // A hang detector, not a speed test: a parse takes microseconds.
    private static readonly TimeSpan HangBound = TimeSpan.FromMilliseconds(100);

    private static readonly string[] GoodQuestions =
    [
        "how much does anthropic pay xai per month?", "xai total from Jan 2027 to mid-2028", "compare xai and oracle per MW-year",
        "10,000 H100s at $2.50/hr for a year", "how many GPU-hours does $1.25B buy at $2/hr", "what if it were $1B a month",
        "what does 1 GW cost at $4M per MW-month for a year", "how many H100s can 300 MW feed?", "and per year?",
        "what's the minimum if they cancel on March 1 2027", "xai electricity share at 8 cents per kWh", "make it 500 MW",
        "how long to train a 1e26 FLOP model at 40% MFU", "<@123> /deal colossus per gpu-hour", "what if it ended in May 2028",
        "how many homes could the xai deal power?", "xai total between May 2027 and Dec 2028", "what about openai-oracle?",
        "how does it compare with oracle", "help", "tell me about colossus", "1.25e9 per month for 0.3 GW, what's that per MWh?",
        "xai per gpu-hour with 325k gpus", "when does the xai deal end?", "how much is left to pay on the xai deal",
        "900 GPUs at 1 kW each, total MW?", "how many 1.5 kW homes is 90 MW", "$0.11/kWh in $/MWh", "two weeks in hours",
        "xai in $ per kW per month", "50,000 gpus at $2.35/hr, per year?", "at the same rate what would 1gw cost per year?",
        "how many 2 kW racks fit in 40 MW?", "3,400 million dollars in billions", "xai MWh per GPU per year",
    ];

    private static readonly string[] Insertions =
    [
        "🚀", "🙏🏽", "\u0000", "\u0007", "\u001b[31m", "\r\n", "\t", "\uD83D", "\uDE80", "1e400", "-1e308", "$", "¢", "%", "/", "-",
        "99999999999999999999999999999999999", "'", "<@", ">", "<!here>", "@everyone", "^", "10^400", "0", ",", ".", "e", "Q9",
        "mid-", "between", "and", "per", ", per", " in ", " how many ", " each ", " kW/", "-hour", " a ", "what if", "compare", "vs", "$-", "1,000,000,000,000,000", "2027-", "/13/", "‘’", "ﬁ", "İ",
        " 1e26 GW ", " 1e30 kW ", " 1e27 years ", " 1e28 GPUs ", " 9e28 MW ", " $7e28/mo ", " 1e26% ", " 1e300 FLOP ", " 1e20 h100s ",
        " 12/31/2027 ", " 2027-02-30 ", " 99/9999 ", " Q4 9999 ", " mid-1e3 ", " 0.5e-3 ", " 1e-400 ", " 10^-5 ", " 10^999 ",
        " twenty-four ", " half a ", " and a half ", " w/o ", " 2H 2027 ", " kh/,¢ ", " ninety nine hundred ",
    ];

    [Fact]
    public void Parse_RandomAndMutatedQuestions_NeverThrowsOrHangs()
    {
        var random = new Random(20261127);
        var parser = TestCatalog.Parser;
        var stopwatch = new Stopwatch();
        DealQuery? previous = null;
        for (var i = 0; i < Iterations; i++)
        {
            var question = Generate(random);
            var query = Timed(parser, question, previous, stopwatch, out var elapsed);
            if (elapsed >= HangBound)
            {
                // A garbage collection or a busy machine can pause one parse; a real hang repeats.
                Timed(parser, question, previous, stopwatch, out elapsed);
            }

            Assert.True(elapsed < HangBound, $"Parsing took {elapsed} for: {Escape(question)}");
            AssertWellFormed(query, question);
            previous = random.Next(3) == 0 ? null : query;
        }
    }

    /// <summary>Inputs that once looped forever: a "per" whose unit a comma cuts off must still move the readers on.</summary>
    [Theory]
    [InlineData("kh/,¢")]
    [InlineData("kh86/!,¢5/1oo5w$940")]
    public void Parse_UnitCutOffByAComma_Finishes(string question) =>
        AssertWellFormed(TestCatalog.Parser.ParseUnguarded(question, null), question);

    [Theory]
    [InlineData(1_999)]
    [InlineData(2_000)]
    [InlineData(2_001)]
    [InlineData(10_240)]
    public void Parse_LongDenseMessages_NeverThrow(int length)
    {
        foreach (var unit in new[] { "1e400 ", "$1B/mo ", "xai ", "a", "🚀", "-", "<@1>", "2027-05-01 " })
        {
            var text = new StringBuilder(length + unit.Length);
            while (text.Length < length)
            {
                text.Append(unit);
            }

            var query = TestCatalog.Parser.ParseUnguarded(text.ToString(0, length), null);
            AssertWellFormed(query, unit);
        }
    }

    private static DealQuery Timed(QuestionParser parser, string question, DealQuery? previous, Stopwatch stopwatch, out TimeSpan elapsed)
    {
        stopwatch.Restart();
        var query = parser.ParseUnguarded(question, previous);
        elapsed = stopwatch.Elapsed;
        return query;
    }

    private static void AssertWellFormed(DealQuery query, string question)
    {
        Assert.NotNull(query);
        if (query.Kind == QueryKind.Unknown)
        {
            Assert.False(string.IsNullOrWhiteSpace(query.Problem), $"No problem given for: {Escape(question)}");
            Assert.InRange(query.Suggestions.Count, 2, 4);
        }
    }

    private static string Generate(Random random) => random.Next(10) switch
    {
        0 => RandomText(random, random.Next(0, 60)),
        1 => RandomText(random, random.Next(2_000, 10_240)),
        2 => GoodQuestions[random.Next(GoodQuestions.Length)] + " " + GoodQuestions[random.Next(GoodQuestions.Length)],
        _ => Mutate(random, GoodQuestions[random.Next(GoodQuestions.Length)]),
    };

    /// <summary>One to four edits: insert a character or a nasty fragment, delete one, or swap two neighbours.</summary>
    private static string Mutate(Random random, string question)
    {
        var text = new StringBuilder(question);
        var edits = random.Next(1, 5);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(4))
            {
                case 0:
                    text.Insert(at, Insertions[random.Next(Insertions.Length)]);
                    break;
                case 1 when text.Length > 0:
                    text.Remove(Math.Min(at, text.Length - 1), 1);
                    break;
                case 2 when at + 1 < text.Length:
                    (text[at], text[at + 1]) = (text[at + 1], text[at]);
                    break;
                default:
                    text.Insert(at, (char)random.Next(0, 0x3000));
                    break;
            }
        }

        return text.ToString();
    }

    private static string RandomText(Random random, int length)
    {
        const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 $¢%/-.,'?^<>@#!:|eEkKmMbB\t\n";
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(8) == 0 ? (char)random.Next(0, 0xFFFF) : Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }

    private static string Escape(string text) =>
        text.Length > 200 ? string.Concat(text.AsSpan(0, 200), "…") : text;
}
