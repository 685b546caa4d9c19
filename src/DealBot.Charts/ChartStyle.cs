using ScottPlot;

namespace DealBot.Charts;

/// <summary>Sizes and colours chosen to read at chat size (800×450 shown at about half that on a phone).</summary>
internal static class ChartStyle
{
    public const int Width = 800;
    public const int Height = 450;

    public const float TitleSize = 18;
    public const float AxisLabelSize = 14;
    public const float TickLabelSize = 12;
    public const float CaptionSize = 11;
    public const float LegendSize = 12;
    public const float LineWidth = 2.5f;

    /// <summary>About as many characters as fit one caption line at <see cref="CaptionSize"/> on <see cref="Width"/> pixels.</summary>
    public const int CaptionChars = 120;

    /// <summary>Colour-blind-safe (Okabe–Ito): blue for the deal or the original, vermillion for the what-if.</summary>
    public static readonly Color[] Series = [Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7")];

    public static readonly Color Today = Color.FromHex("#C0392B");
    public static readonly Color TermEnd = Color.FromHex("#333333");
    public static readonly Color Caption = Color.FromHex("#555555");
}
