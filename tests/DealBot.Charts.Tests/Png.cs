using System.Buffers.Binary;
using SkiaSharp;

namespace DealBot.Charts.Tests;

/// <summary>Reads a PNG the way a chat client would: signature, header, pixels.</summary>
internal static class Png
{
    public static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height from the IHDR chunk, which must come first.</summary>
    public static (int Width, int Height) Header(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(Signature), "PNG signature");
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>The share of pixels in the middle of the image (the plot area) that differ from the corner's background.</summary>
    public static double InkInPlotArea(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        var background = bitmap.GetPixel(1, 1);
        var (x0, x1, y0, y1) = (bitmap.Width / 8, bitmap.Width * 7 / 8, bitmap.Height / 8, bitmap.Height * 7 / 8);
        var differ = 0;
        var total = 0;
        for (var y = y0; y < y1; y += 2)
        {
            for (var x = x0; x < x1; x += 2)
            {
                total++;
                differ += bitmap.GetPixel(x, y) == background ? 0 : 1;
            }
        }

        return (double)differ / total;
    }
}
