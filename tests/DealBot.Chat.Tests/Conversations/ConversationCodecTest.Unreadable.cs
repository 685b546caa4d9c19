using System.Text;
using DealBot.Chat.Conversations;
using DealBot.Core.Queries;

namespace DealBot.Chat.Tests.Conversations;

/// <summary>Whatever the bytes, Decode returns a query or null (no context) and never throws.</summary>
public sealed partial class ConversationCodecTest
{
    private const byte V = ConversationCodec.Version;
    private const byte Deal = (byte)QueryKind.Deal;

    [Theory]
    [InlineData("empty", new byte[0])]
    [InlineData("a newer version", new byte[] { V + 1, Deal, 0, 0 })]
    [InlineData("an older version", new byte[] { 0, Deal, 0, 0 })]
    [InlineData("an unknown kind", new byte[] { V, 200, 0, 0 })]
    [InlineData("an unknown measure", new byte[] { V, Deal, 200, 0 })]
    [InlineData("a field this build does not know", new byte[] { V, Deal, 0, 0x80, 0x80, 0x40 })]
    [InlineData("a byte after the last field", new byte[] { V, Deal, 0, 0, 0 })]
    [InlineData("invalid UTF-8", new byte[] { V, Deal, 0, 0x10, 1, 0xFF })]
    [InlineData("a list longer than the entry", new byte[] { V, Deal, 0, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F })]
    [InlineData("a decimal of scale 29", new byte[] { V, Deal, 0, 0x08, 29 << 1, 1 })]
    [InlineData("month 13", new byte[] { V, Deal, 0, 0x02, 1, 0x01, 0xD4, 0x1F, 13 })]
    [InlineData("an unknown window kind", new byte[] { V, Deal, 0, 0x02, 11, 0 })]
    public void Decode_UnreadableBytes_IsNoContext(string because, byte[] bytes)
    {
        Assert.True(ConversationCodec.Decode(bytes) is null, $"{because} read as a query");
    }

    [Fact]
    public void Decode_JsonEntryFromBeforeTheCodec_IsNoContext()
    {
        var json = """{"v":1,"kind":"Deal","measure":"YearlyCost","dealIds":["anthropic-xai"],"suggestions":[]}""";

        Assert.Null(ConversationCodec.Decode(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Decode_EveryTruncation_IsNoContext()
    {
        var bytes = ConversationCodec.Encode(Full);

        for (var length = 0; length < bytes.Length; length++)
        {
            var read = ConversationCodec.Decode(bytes.AsSpan(0, length));
            Assert.True(read is null, $"the first {length} of {bytes.Length} bytes read as a query");
        }
    }

    [Fact]
    public void Decode_EveryByteCorrupted_NeverThrows()
    {
        var bytes = ConversationCodec.Encode(Full);

        foreach (var replacement in new byte[] { 0x00, 0x01, 0x7F, 0x80, 0xFF })
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                var corrupt = (byte[])bytes.Clone();
                corrupt[i] = replacement;
                AssertDecodesWithoutThrowing(corrupt);
            }
        }
    }

    [Fact]
    public void Decode_RandomBytes_NeverThrows()
    {
        var random = new Random(20261127);

        for (var i = 0; i < 5_000; i++)
        {
            var bytes = new byte[random.Next(0, 64)];
            random.NextBytes(bytes);
            if (bytes.Length > 0 && i % 2 == 0)
            {
                // Half start with the right version, so the fields behind it are read too.
                bytes[0] = V;
            }

            AssertDecodesWithoutThrowing(bytes);
        }
    }

    private static void AssertDecodesWithoutThrowing(byte[] bytes)
    {
        var thrown = Record.Exception(() => ConversationCodec.Decode(bytes));

        Assert.True(thrown is null, $"{Convert.ToHexString(bytes)} threw {thrown}");
    }
}
