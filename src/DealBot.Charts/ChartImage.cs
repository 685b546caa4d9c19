namespace DealBot.Charts;

/// <summary>A drawn chart: PNG bytes, their size in pixels, a file name to attach them under and alt text.</summary>
public sealed record ChartImage(byte[] Png, int Width, int Height, string FileName, string AltText)
{
    public const string DefaultFileName = "chart.png";
}
