using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using DealBot.Core.Quantities;

namespace DealBot.Chat.Conversations;

public static partial class ConversationCodec
{
    /// <summary>
    /// Reads what <see cref="Writer"/> wrote. Every read checks what is left and returns false rather than throw, and
    /// nothing is allocated for a length or count larger than the bytes that remain.
    /// </summary>
    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private ReadOnlySpan<byte> _rest = bytes;

        public readonly bool AtEnd => _rest.IsEmpty;

        public bool Byte(out byte value)
        {
            if (_rest.IsEmpty)
            {
                value = 0;
                return false;
            }

            value = _rest[0];
            _rest = _rest[1..];
            return true;
        }

        public bool VarUInt(out uint value)
        {
            value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                if (!Byte(out var b) || (shift == 28 && b > 0x0F))
                {
                    return false;
                }

                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return true;
                }
            }

            return false;
        }

        public bool Enum<T>(out T value)
            where T : struct, System.Enum
        {
            var ok = VarUInt(out var raw);
            value = Unsafe.BitCast<uint, T>(raw);
            return ok && System.Enum.IsDefined(value);
        }

        /// <summary>A bitmask within <paramref name="known"/>: a bit this build does not know is a field it would drop.</summary>
        public bool Mask<T>(T known, out T value)
            where T : struct, System.Enum
        {
            var ok = VarUInt(out var raw);
            value = Unsafe.BitCast<uint, T>(raw);
            return ok && (raw & ~Unsafe.BitCast<T, uint>(known)) == 0;
        }

        /// <summary>A count of items of at least a byte each, so never more than the bytes left.</summary>
        public bool Count(out int count)
        {
            var ok = VarUInt(out var raw) && raw <= (uint)_rest.Length;
            count = ok ? (int)raw : 0;
            return ok;
        }

        public bool IntIf(bool present, out int? value)
        {
            value = null;
            if (!present)
            {
                return true;
            }

            if (!VarUInt(out var raw))
            {
                return false;
            }

            value = (int)(raw >> 1) ^ -(int)(raw & 1);
            return true;
        }

        public bool MonthIf(bool present, out YearMonth? value)
        {
            value = null;
            if (!present)
            {
                return true;
            }

            if (!IntIf(true, out var year) || !VarUInt(out var month) || year is not (>= 1 and <= 9999) || month is not (>= 1 and <= 12))
            {
                return false;
            }

            value = new YearMonth(year.Value, (int)month);
            return true;
        }

        public bool DateIf(bool present, out DateOnly? value)
        {
            value = null;
            if (!present)
            {
                return true;
            }

            if (!VarUInt(out var day) || day > (uint)DateOnly.MaxValue.DayNumber)
            {
                return false;
            }

            value = DateOnly.FromDayNumber((int)day);
            return true;
        }

        public bool DecimalIf(bool present, out decimal? value)
        {
            value = null;
            if (!present)
            {
                return true;
            }

            if (!Byte(out var header) || header >> 1 > 28)
            {
                return false;
            }

            UInt128 mantissa = 0;
            for (var shift = 0; ; shift += 7)
            {
                if (shift > 91 || !Byte(out var b))
                {
                    return false;
                }

                mantissa |= (UInt128)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }

            if (mantissa >> 96 != 0)
            {
                return false;
            }

            var (lo, mid, hi) = ((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64));
            value = new decimal(lo, mid, hi, isNegative: (header & 1) == 1, scale: (byte)(header >> 1));
            return true;
        }

        public bool DoubleIf(bool present, out double? value)
        {
            value = null;
            if (!present)
            {
                return true;
            }

            if (_rest.Length < 8)
            {
                return false;
            }

            value = BinaryPrimitives.ReadDoubleLittleEndian(_rest);
            _rest = _rest[8..];
            return true;
        }

        public bool String(out string value)
        {
            value = string.Empty;
            return Count(out var length) && Utf8(length, out value);
        }

        public bool StringIf(bool present, out string? value)
        {
            value = null;
            return !present || String(out value!);
        }

        public bool NullableString(out string? value)
        {
            value = null;
            if (!Count(out var lengthPlusOne))
            {
                return false;
            }

            return lengthPlusOne == 0 || Utf8(lengthPlusOne - 1, out value!);
        }

        public bool Strings(out IReadOnlyList<string> values)
        {
            values = [];
            if (!Count(out var count))
            {
                return false;
            }

            var read = new string[count];
            for (var i = 0; i < count; i++)
            {
                if (!String(out read[i]))
                {
                    return false;
                }
            }

            values = read;
            return true;
        }

        private bool Utf8(int length, out string value)
        {
            value = string.Empty;
            if (length > _rest.Length || !System.Text.Unicode.Utf8.IsValid(_rest[..length]))
            {
                return false;
            }

            value = Encoding.UTF8.GetString(_rest[..length]);
            _rest = _rest[length..];
            return true;
        }
    }
}
