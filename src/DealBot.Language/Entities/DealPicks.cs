using System.Runtime.CompilerServices;

namespace DealBot.Language.Entities;

/// <summary>The catalog deals a question names, in the order named, held inline. Extra ones are dropped.</summary>
internal struct DealPicks
{
    public const int Capacity = 8;

    private Buffer _items;

    public int Count { get; private set; }

    public readonly int this[int index] => _items[index];

    public readonly bool Contains(int deal)
    {
        for (var i = 0; i < Count; i++)
        {
            if (_items[i] == deal)
            {
                return true;
            }
        }

        return false;
    }

    public void Add(int deal)
    {
        if (Count < Capacity && !Contains(deal))
        {
            _items[Count++] = deal;
        }
    }

    [InlineArray(Capacity)]
    private struct Buffer
    {
        private int _first;
    }
}
