using System.Runtime.CompilerServices;

namespace DealBot.Language.Units;

/// <summary>The quantities of one question, held inline so reading them allocates nothing. Extra ones are dropped.</summary>
internal struct QuantityList
{
    public const int Capacity = 8;

    private Buffer _items;

    public int Count { get; private set; }

    public readonly Quantity this[int index] => _items[index];

    public readonly bool Has(QuantityKind kind)
    {
        for (var i = 0; i < Count; i++)
        {
            if (_items[i].Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    public void Add(in Quantity quantity)
    {
        if (Count < Capacity)
        {
            _items[Count++] = quantity;
        }
    }

    [InlineArray(Capacity)]
    private struct Buffer
    {
        private Quantity _first;
    }
}
