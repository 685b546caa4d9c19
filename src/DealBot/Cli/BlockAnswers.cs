using DealBot.Chat;

namespace DealBot.Cli;

/// <summary>
/// Answers independent questions (<c>ask</c> on many lines) a block at a time on every core and writes the answers
/// in input order: the same bytes as answering them one by one. The caller ends a block whenever its reader is about
/// to wait for more input, so a program feeding questions one at a time still gets each answer at once.
/// </summary>
public sealed class BlockAnswers(ChatEngine engine, Stream output, OutputFormat format)
{
    // Enough lines that handing a chunk to a core costs little next to answering it, few enough that the cores
    // finish a block of a few thousand lines at about the same time.
    private const int ChunkLines = 64;

    private readonly List<string> _questions = [];
    private readonly List<Chunk> _chunks = [];

    public void Add(string question) => _questions.Add(question);

    /// <summary>Answers the questions added since the last call, writes their answers in order and flushes.</summary>
    public void Answer()
    {
        var count = (_questions.Count + ChunkLines - 1) / ChunkLines;
        while (_chunks.Count < count)
        {
            _chunks.Add(new Chunk(format));
        }

        if (count > 1)
        {
            Parallel.For(0, count, AnswerChunk);
        }
        else if (count == 1)
        {
            AnswerChunk(0);
        }

        for (var i = 0; i < count; i++)
        {
            _chunks[i].MoveTo(output);
        }

        _questions.Clear();
        output.Flush();
    }

    private void AnswerChunk(int index)
    {
        var answers = _chunks[index].Answers;
        var end = Math.Min(_questions.Count, (index + 1) * ChunkLines);
        for (var i = index * ChunkLines; i < end; i++)
        {
            answers.Write(SafeAnswer.For(engine, _questions[i]), separate: format == OutputFormat.Text);
        }
    }

    /// <summary>One chunk's answers, encoded in memory until it is their turn to be written.</summary>
    private sealed class Chunk
    {
        private readonly MemoryStream _encoded = new();

        public Chunk(OutputFormat format) => Answers = new AnswerOutput(_encoded, format);

        public AnswerOutput Answers { get; }

        public void MoveTo(Stream output)
        {
            output.Write(_encoded.GetBuffer(), 0, (int)_encoded.Length);
            _encoded.SetLength(0);
        }
    }
}
