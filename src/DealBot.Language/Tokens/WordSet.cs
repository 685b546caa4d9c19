using DealBot.Language.Vocabulary;

namespace DealBot.Language.Tokens;

/// <summary>A set of word classes as 256 bits, so "does the question say X" costs one bit test.</summary>
internal struct WordSet
{
    private ulong _bits0;
    private ulong _bits1;
    private ulong _bits2;
    private ulong _bits3;

    public void Add(Word word)
    {
        var bit = 1UL << ((int)word & 63);
        switch ((int)word >> 6)
        {
            case 0: _bits0 |= bit; break;
            case 1: _bits1 |= bit; break;
            case 2: _bits2 |= bit; break;
            default: _bits3 |= bit; break;
        }
    }

    public readonly bool Contains(Word word)
    {
        var bits = ((int)word >> 6) switch
        {
            0 => _bits0,
            1 => _bits1,
            2 => _bits2,
            _ => _bits3,
        };

        return (bits & (1UL << ((int)word & 63))) != 0;
    }
}
