using System.Text;

namespace DealBot.Cli;

/// <summary>
/// Reads lines split on '\n' only (a trailing '\r' is dropped), so every input line is exactly one question, and
/// never holds more than <see cref="MaxLineLength"/> characters of one line: the rest of an overlong line is skipped.
/// Calls <paramref name="beforeWaiting"/> before it reads more input, so a caller can flush its output and a
/// program feeding questions one at a time gets each answer without waiting for a full buffer. A byte order mark at
/// the start is skipped; the caller decodes bytes as UTF-8 (invalid bytes become U+FFFD, so no line is unreadable).
/// </summary>
public sealed class LineReader(TextReader reader, Action? beforeWaiting = null)
{
    /// <summary>Longer lines are cut here: far past any real question, small enough to bound the work per line.</summary>
    public const int MaxLineLength = 32 * 1024;

    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _partial = new();
    private int _position;
    private int _length;
    private bool _ended;
    private bool _started;

    public string? ReadLine()
    {
        _partial.Clear();
        var started = false;
        while (true)
        {
            if (_position == _length)
            {
                if (_ended || !Fill())
                {
                    return started ? Finish(ReadOnlySpan<char>.Empty) : null;
                }

                continue;
            }

            var available = _buffer.AsSpan(_position, _length - _position);
            var newline = available.IndexOf('\n');
            if (newline >= 0)
            {
                _position += newline + 1;
                return Finish(available[..newline]);
            }

            started = true;
            Append(available);
            _position = _length;
        }
    }

    private bool Fill()
    {
        beforeWaiting?.Invoke();
        _position = 0;
        _length = reader.Read(_buffer, 0, _buffer.Length);
        if (!_started && _length > 0)
        {
            // A byte order mark at the start of the input is not part of the first question.
            _started = true;
            _position = _buffer[0] == '\uFEFF' ? 1 : 0;
        }

        _ended = _length == 0;
        return !_ended;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        var room = MaxLineLength - _partial.Length;
        if (room > 0)
        {
            _partial.Append(text[..Math.Min(room, text.Length)]);
        }
    }

    private string Finish(ReadOnlySpan<char> rest)
    {
        if (_partial.Length == 0)
        {
            // The common case: the whole line is in the buffer.
            return new string(TrimEnd(rest[..Math.Min(rest.Length, MaxLineLength)]));
        }

        Append(rest);
        var line = _partial.ToString();
        return line.EndsWith('\r') ? line[..^1] : line;
    }

    private static ReadOnlySpan<char> TrimEnd(ReadOnlySpan<char> line) => line.EndsWith("\r") ? line[..^1] : line;
}
