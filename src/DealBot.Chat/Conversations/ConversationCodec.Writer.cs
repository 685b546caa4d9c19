using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using DealBot.Core.Quantities;

namespace DealBot.Chat.Conversations;

public static partial class ConversationCodec
{
    /// <summary>Appends to a stack buffer, moving to a pooled array only for a query with long texts.</summary>
    private ref struct Writer(Span<byte> initial)
    {
        private Span<byte> _buffer = initial;
        private byte[]? _rented;
        private int _length;

        public void Byte(byte value)
        {
            Reserve(1)[0] = value;
            _length++;
        }

        public void VarUInt(uint value)
        {
            while (value >= 0x80)
            {
                Byte((byte)(value | 0x80));
                value >>= 7;
            }

            Byte((byte)value);
        }

        // Enums are int-backed; Unsafe.BitCast reads the value without boxing or reflection.
        public void Enum<T>(T value)
            where T : struct, System.Enum => VarUInt(Unsafe.BitCast<T, uint>(value));

        public void IntIfSet(int? value)
        {
            if (value is { } v)
            {
                VarUInt((uint)((v << 1) ^ (v >> 31)));
            }
        }

        public void MonthIfSet(YearMonth? value)
        {
            if (value is { } m)
            {
                IntIfSet(m.Year);
                VarUInt((uint)m.Month);
            }
        }

        public void DateIfSet(DateOnly? value)
        {
            if (value is { } date)
            {
                VarUInt((uint)date.DayNumber);
            }
        }

        /// <summary>Sign and scale in one byte, then the 96-bit mantissa as a varint: 1.0 and 1.00 stay distinct.</summary>
        public void DecimalIfSet(decimal? value)
        {
            if (value is not { } d)
            {
                return;
            }

            Span<int> bits = stackalloc int[4];
            decimal.GetBits(d, bits);
            Byte((byte)((((bits[3] >> 16) & 0xFF) << 1) | (bits[3] < 0 ? 1 : 0)));
            var mantissa = ((UInt128)(uint)bits[2] << 64) | ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            while (mantissa >= 0x80)
            {
                Byte((byte)((byte)mantissa | 0x80));
                mantissa >>= 7;
            }

            Byte((byte)mantissa);
        }

        public void DoubleIfSet(double? value)
        {
            if (value is { } d)
            {
                BinaryPrimitives.WriteDoubleLittleEndian(Reserve(8), d);
                _length += 8;
            }
        }

        public void String(string value) => Utf8(value, 0);

        public void StringIfSet(string? value)
        {
            if (value is not null)
            {
                Utf8(value, 0);
            }
        }

        /// <summary>Length + 1, so 0 can mean null.</summary>
        public void NullableString(string? value)
        {
            if (value is null)
            {
                Byte(0);
            }
            else
            {
                Utf8(value, 1);
            }
        }

        public void Strings(IReadOnlyList<string> values)
        {
            VarUInt((uint)values.Count);
            foreach (var value in values)
            {
                String(value);
            }
        }

        /// <summary>The bytes written, after <paramref name="room"/> zero bytes left for the caller.</summary>
        public readonly byte[] ToArray(int room)
        {
            var array = new byte[room + _length];
            _buffer[.._length].CopyTo(array.AsSpan(room));
            return array;
        }

        public void Dispose()
        {
            if (_rented is not null)
            {
                ArrayPool<byte>.Shared.Return(_rented);
                _rented = null;
            }
        }

        private void Utf8(string value, uint lengthOffset)
        {
            var count = Encoding.UTF8.GetByteCount(value);
            VarUInt((uint)count + lengthOffset);
            _length += Encoding.UTF8.GetBytes(value, Reserve(count));
        }

        private Span<byte> Reserve(int count)
        {
            if (_length + count > _buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
                _buffer[.._length].CopyTo(larger);
                Dispose();
                _rented = larger;
                _buffer = larger;
            }

            return _buffer.Slice(_length, count);
        }
    }
}
