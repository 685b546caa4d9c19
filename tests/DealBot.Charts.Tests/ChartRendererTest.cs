using DealBot.Core.Charts;

namespace DealBot.Charts.Tests;

public sealed class ChartRendererTest
{
    private readonly List<string> _warnings = [];
    private readonly ChartRenderer _renderer;

    public ChartRendererTest() => _renderer = new ChartRenderer(_warnings.Add);

    [Theory]
    [InlineData("anthropic xai total")]
    [InlineData("compare xai and oracle per MW-year")]
    [InlineData("what if xai were 1B a month")]
    [InlineData("what if xai were 500 MW")]
    [InlineData("compare xai, oracle and iren total")]
    public void Render_Answer_IsAChatSizePngThatIsNotBlank(string question)
    {
        var chart = Charts.Ask(question).Chart;
        Assert.NotNull(chart);

        var image = _renderer.Render(chart);

        Assert.NotNull(image);
        Assert.Equal((800, 450), Png.Header(image.Png));
        Assert.Equal((800, 450), (image.Width, image.Height));
        Assert.True(Png.InkInPlotArea(image.Png) > 0.02, $"plot area drawn: {Png.InkInPlotArea(image.Png):P1} of pixels differ from the background");
        Assert.Equal("chart.png", image.FileName);
        Assert.Equal(chart.Description, image.AltText);
        Assert.Empty(_warnings);
    }

    [Fact]
    public void Render_OtherSize_HasThatSize()
    {
        var image = _renderer.Render(Charts.Chart<SpendChart>("anthropic xai total"), 1200, 600);

        Assert.Equal((1200, 600), Png.Header(image!.Png));
    }

    [Fact]
    public void Render_Twice_GivesTheSameImage()
    {
        var chart = Charts.Chart<BarChart>("compare xai and oracle per MW-year");

        Assert.Equal(_renderer.Render(chart)!.Png, _renderer.Render(chart)!.Png);
    }

    [Fact]
    public void Render_InParallel_EachImageDecodes()
    {
        var chart = Charts.Chart<SpendChart>("anthropic xai total");

        var images = Enumerable.Range(0, 8).AsParallel().Select(_ => _renderer.Render(chart)).ToList();

        Assert.All(images, image => Assert.Equal((800, 450), Png.Header(image!.Png)));
    }

    [Fact]
    public void Render_WithoutFonts_ReturnsNullAndWarnsOnce()
    {
        var renderer = new ChartRenderer(() => new ChartFonts(null, ChartFonts.Missing), _warnings.Add);
        var chart = Charts.Chart<SpendChart>("anthropic xai total");

        Assert.Null(renderer.Render(chart));
        Assert.Null(renderer.Render(chart));
        Assert.Equal([ChartFonts.Missing], _warnings);
        Assert.Contains("fonts-dejavu-core", renderer.Unavailable);
    }

    [Fact]
    public void Unavailable_OnThisMachine_IsNull()
    {
        // ./test.sh installs fonts-dejavu-core; without a font every chart test above would fail, so say why here.
        Assert.Null(_renderer.Unavailable);
    }

    [Fact]
    public void WarmUp_DrawsWithoutWarnings()
    {
        _renderer.WarmUp();

        Assert.Empty(_warnings);
    }
}
