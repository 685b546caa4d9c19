using System.Runtime.CompilerServices;

namespace DealBot.Language.Units;

/// <summary>The quantities of one question, held inline so reading them allocates nothing. Extra ones are dropped.</summary>
internal struct QuantityList
{
    public const int Capacity = 8;

    private Buffer _items;

    public int Count { get; private set; }

    public readonly Quantity this[int index] => _items[index];

    public void Add(in Quantity quantity)
    {
        if (Count < Capacity)
        {
            _items[Count++] = quantity;
        }
    }

    /// <summary>The first quantity of <paramref name="kind"/>, optionally only those priced per <paramref name="rate"/>.</summary>
    public readonly bool TryFind(QuantityKind kind, out Quantity found, Func<RateUnit, bool>? rate = null)
    {
        for (var i = 0; i < Count; i++)
        {
            if (_items[i].Kind == kind && (rate is null || rate(_items[i].Rate)))
            {
                found = _items[i];
                return true;
            }
        }

        found = default;
        return false;
    }

    [InlineArray(Capacity)]
    private struct Buffer
    {
        private Quantity _first;
    }
}
