using SkiaSharp;

namespace DealBot.Charts;

/// <summary>
/// The font charts are lettered in. A chart without text is worse than none, so when the machine has no font at all
/// charts are off and <see cref="Problem"/> says how to fix it.
/// </summary>
internal sealed record ChartFonts(string? Family, string? Problem)
{
    public const string Missing =
        "Charts are off: no fonts are installed, and a chart needs one for its labels (on Debian: apt-get install fonts-dejavu-core). Answers are sent without charts.";

    /// <summary>Preferred first: clear at small sizes, with the en dash and the other symbols answers use.</summary>
    private static readonly string[] Preferred = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica"];

    public static ChartFonts Find()
    {
        try
        {
            var manager = SKFontManager.Default;
            if (manager.FontFamilyCount == 0)
            {
                return new ChartFonts(null, Missing);
            }

            var families = manager.GetFontFamilies();
            var family = Preferred.FirstOrDefault(p => families.Contains(p, StringComparer.OrdinalIgnoreCase)) ?? families[0];
            return new ChartFonts(family, null);
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or EntryPointNotFoundException)
        {
            return new ChartFonts(null, $"Charts are off: the native graphics library could not be loaded ({e.GetBaseException().Message}). Answers are sent without charts.");
        }
    }
}
