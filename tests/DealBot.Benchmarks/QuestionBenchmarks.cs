using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DealBot.Chat.Rendering;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Core.Queries;
using DealBot.Language;

namespace DealBot.Benchmarks;

/// <summary>
/// One question, end to end and by stage. Each invocation takes the next question of the corpus, so the mean is the
/// average over all of it and "Allocated" is bytes per question.
/// </summary>
[MemoryDiagnoser]
public class QuestionBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private string[] _questions = [];
    private DealQuery[] _queries = [];
    private Answer[] _answers = [];
    private QuestionParser _parser = null!;
    private Answerer _answerer = null!;
    private Utf8JsonWriter _json = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = CatalogLoader.LoadDefault();
        _parser = new QuestionParser(catalog);
        _answerer = new Answerer(catalog, TimeProvider.System);
        _questions = Corpus.Load();
        _queries = _questions.Select(q => _parser.Parse(q)).ToArray();
        _answers = _queries.Select(_answerer.Answer).ToArray();
        // The same writer options as ask --format jsonl.
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    [GlobalCleanup]
    public void Cleanup() => _json.Dispose();

    /// <summary>What the console and the chat platforms do for each message: text → query → answer → plain text.</summary>
    [Benchmark(Baseline = true, Description = "parse + answer + render text")]
    public int ParseAnswerRender()
    {
        var question = _questions[Next()];
        return AnswerRenderer.Render(_answerer.Answer(_parser.Parse(question)), TextStyle.Plain).Length;
    }

    /// <summary>What <c>ask --format jsonl</c> does for each line.</summary>
    [Benchmark(Description = "parse + answer + JSON line")]
    public int ParseAnswerJson()
    {
        var question = _questions[Next()];
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        AnswerJson.Write(_json, _answerer.Answer(_parser.Parse(question)));
        _json.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "parse only")]
    public DealQuery Parse() => _parser.Parse(_questions[Next()]);

    [Benchmark(Description = "answer only")]
    public Answer AnswerOnly() => _answerer.Answer(_queries[Next()]);

    [Benchmark(Description = "render text only")]
    public int Render() => AnswerRenderer.Render(_answers[Next()], TextStyle.Plain).Length;

    private int Next()
    {
        var index = _next;
        _next = index + 1 == _questions.Length ? 0 : index + 1;
        return index;
    }
}
