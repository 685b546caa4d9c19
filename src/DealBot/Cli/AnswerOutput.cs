using System.Buffers;
using System.Text.Json;
using DealBot.Chat.Rendering;
using DealBot.Core.Answers;

namespace DealBot.Cli;

/// <summary>
/// Writes answers to a byte stream as plain text or JSON. One JSON writer and one buffer are reused for every
/// answer; each answer is written to the buffer first, so a failure half-way never leaves half an object.
/// </summary>
public sealed class AnswerOutput : IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private readonly Stream _output;
    private readonly OutputFormat _format;
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;

    public AnswerOutput(Stream output, OutputFormat format, bool indented = false)
    {
        _output = output;
        _format = format;
        _json = new Utf8JsonWriter(_buffer, AnswerJson.WriterOptions(indented));
    }

    /// <summary>Writes one answer: a JSON object on one line, or the plain text followed by a blank line.</summary>
    public void Write(Answer answer, bool separate = true)
    {
        try
        {
            Encode(answer, separate);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // Text that cannot be encoded (e.g. a lone surrogate echoed back): still one answer for this question.
            Encode(Fallback, separate);
        }

        _output.Write(_buffer.WrittenSpan);
    }

    public void Flush() => _output.Flush();

    public void Dispose()
    {
        _json.Dispose();
        _output.Flush();
    }

    /// <summary>The answer for a question that could not be answered at all.</summary>
    public static Answer Fallback { get; } = new()
    {
        Understood = false,
        Intent = Intents.Unknown,
        Headline = AnswerMessages.InternalError,
        Suggestions = AnswerMessages.Examples.Take(3).ToArray(),
    };

    private void Encode(Answer answer, bool separate)
    {
        _buffer.ResetWrittenCount();
        if (_format == OutputFormat.Text)
        {
            var text = AnswerRenderer.Render(answer, TextStyle.Plain);
            var bytes = _buffer.GetSpan(System.Text.Encoding.UTF8.GetMaxByteCount(text.Length) + 2);
            var count = System.Text.Encoding.UTF8.GetBytes(text, bytes);
            bytes[count++] = (byte)'\n';
            if (separate)
            {
                bytes[count++] = (byte)'\n';
            }

            _buffer.Advance(count);
            return;
        }

        _json.Reset(_buffer);
        AnswerJson.Write(_json, answer);
        _json.Flush();
        _buffer.Write(NewLine);
    }
}
