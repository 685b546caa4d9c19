using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace DealBot.Chat.Conversations;

/// <summary>
/// Identifies one conversation for follow-ups: a platform, a place (channel, thread or DM) and a person, so that
/// two people in one channel each keep their own context.
/// </summary>
public readonly record struct ConversationKey(string Platform, string Place, string User)
{
    public override string ToString() => $"{Platform}:{Place}:{User}";

    /// <summary>
    /// A 128-bit fingerprint of the three parts (each length-prefixed, so "a" + "bc" and "ab" + "c" differ), which an
    /// in-memory store keeps in place of the strings: two conversations sharing one is practically impossible. SHA-256
    /// because the layer keeps to the base class library; at well under a microsecond it is lost in a reply's cost.
    /// </summary>
    internal UInt128 Digest()
    {
        var length = Platform.Length + Place.Length + User.Length + 3;
        var text = length <= 256 ? stackalloc char[length] : new char[length];
        var at = 0;
        foreach (var part in (ReadOnlySpan<string>)[Platform, Place, User])
        {
            text[at++] = (char)part.Length;
            part.CopyTo(text[at..]);
            at += part.Length;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(text), hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }
}
