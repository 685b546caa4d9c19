using System.Runtime.CompilerServices;

namespace DealBot.Language.Units;

/// <summary>The quantities of one question, held inline so reading them allocates nothing. Extra ones are dropped.</summary>
internal struct QuantityList
{
    public const int Capacity = 8;

    private Buffer _items;

    public int Count { get; private set; }

    public readonly Quantity this[int index] => _items[index];

    /// <summary>Whether the one amount of money is said to be a total ("the total were $50B"); "15B or 45B total" are two.</summary>
    public readonly bool HasTotal
    {
        get
        {
            var (money, totals) = (0, 0);
            for (var i = 0; i < Count; i++)
            {
                money += _items[i].Kind == QuantityKind.Money ? 1 : 0;
                totals += _items[i] is { Kind: QuantityKind.Money, OfTotal: true } ? 1 : 0;
            }

            return money == 1 && totals == 1;
        }
    }

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
