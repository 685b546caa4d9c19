using System.Buffers.Binary;
using SkiaSharp;

namespace DealBot.Tests.Shared;

/// <summary>Shared by the Discord and Slack tests (linked into both). Checks an uploaded chart the way a client shows it: a PNG of the stated size that decodes and is not blank.</summary>
public static class PngFile
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static void AssertChart(byte[]? png, int width = 800, int height = 450)
    {
        Assert.NotNull(png);
        Assert.True(png.AsSpan(0, 8).SequenceEqual(Signature), "PNG signature");
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal((width, height), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        var background = bitmap.GetPixel(1, 1);
        var inked = 0;
        for (var y = height / 4; y < height * 3 / 4; y += 3)
        {
            for (var x = width / 4; x < width * 3 / 4; x += 3)
            {
                inked += bitmap.GetPixel(x, y) == background ? 0 : 1;
            }
        }

        Assert.True(inked > 100, $"the plot area is drawn ({inked} sampled pixels differ from the background)");
    }
}
