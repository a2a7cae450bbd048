using System.Globalization;
using System.Xml.Linq;
using Statements.Rendering;
using Statements.Tone;

namespace Statements.Notebooks.Tests;

public sealed class ToneChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly Comparison Sample = ReadoutComparer.Default.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates);

    [Fact]
    public void The_chart_is_well_formed_svg_with_a_title_and_a_description_it_is_labelled_by()
    {
        var svg = XDocument.Parse(ToneChart.Svg(Sample)).Root!;

        svg.Name.Should().Be(Svg + "svg");
        svg.Attribute("role")!.Value.Should().Be("img");
        var title = svg.Element(Svg + "title")!;
        var desc = svg.Element(Svg + "desc")!;
        svg.Attribute("aria-labelledby")!.Value.Split(' ').Should().Equal(title.Attribute("id")!.Value, desc.Attribute("id")!.Value);
        title.Value.Should().Be("Tone words by category: China and US");
        desc.Value.Should().Contain("China: warmth " + Sample.Left.Profile.Warmth.Count.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Each_category_has_one_bar_per_side_whose_tooltip_and_label_give_the_profile_count()
    {
        var svg = XDocument.Parse(ToneChart.Svg(Sample)).Root!;
        var bars = svg.Elements(Svg + "rect").Where(r => r.Element(Svg + "title") is not null).ToList();

        bars.Should().HaveCount(2 * ToneProfile.Categories.Count);
        for (var i = 0; i < ToneProfile.Categories.Count; i++)
        {
            var category = ToneProfile.Categories[i];
            var name = category.ToString().ToLowerInvariant();
            bars[2 * i].Element(Svg + "title")!.Value.Should().StartWith($"China, {name}: {Sample.Left.Profile[category].Count} word");
            bars[(2 * i) + 1].Element(Svg + "title")!.Value.Should().StartWith($"US, {name}: {Sample.Right.Profile[category].Count} word");
        }

        svg.Elements(Svg + "text").Select(t => t.Value).Should().Contain(ToneProfile.Categories.Select(c => c.ToString().ToLowerInvariant()));
    }

    [Fact]
    public void Taller_bars_stand_for_more_tone_words()
    {
        var svg = XDocument.Parse(ToneChart.Svg(Sample)).Root!;
        var bars = svg.Elements(Svg + "rect").Where(r => r.Element(Svg + "title") is not null)
            .Select(r => (Count: int.Parse(r.Element(Svg + "title")!.Value.Split(": ")[1].Split(' ')[0], CultureInfo.InvariantCulture),
                          Height: double.Parse(r.Attribute("height")!.Value, CultureInfo.InvariantCulture)))
            .ToList();

        bars.Should().Contain(b => b.Count > 0);
        bars.Where(b => b.Count == 0).Should().OnlyContain(b => b.Height == 0);
        var ratios = bars.Where(b => b.Count > 0).Select(b => b.Height / b.Count).ToList();
        ratios.Should().OnlyContain(r => Math.Abs(r - ratios[0]) < 0.2);
    }

    [Fact]
    public void The_same_comparison_draws_the_same_chart() =>
        ToneChart.Svg(ReadoutComparer.Default.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates)).Should().Be(ToneChart.Svg(Sample));

    [Fact]
    public void Readouts_without_tone_words_draw_an_empty_chart_that_says_so()
    {
        var comparison = ReadoutComparer.Default.Compare(Readout.Parse("", side: "China"), Readout.Parse("The meeting took place.", side: "Russia"));

        var svg = XDocument.Parse(ToneChart.Svg(comparison)).Root!;

        svg.Elements(Svg + "text").Select(t => t.Value).Should().Contain("Neither readout uses tone words.");
        svg.Elements(Svg + "rect").Where(r => r.Element(Svg + "title") is not null).Should().OnlyContain(r => r.Attribute("height")!.Value == "0");
        ToneChart.For(comparison).ToString().Should().Contain("tone score").And.Contain("none");
    }

    [Fact]
    public void Hostile_side_names_are_escaped_and_the_chart_stays_well_formed_xml()
    {
        var left = Readout.Parse("The two sides had a candid exchange.", side: "<script>alert(1)</script>\" onload=\"x");
        var right = Readout.Parse("The talks were constructive and friendly.", side: "A & B \u0001\u0007 \uD800 🇨🇳 " + new string('y', 5_000));
        var comparison = ReadoutComparer.Default.Compare(left, right);

        var markup = ToneChart.Svg(comparison);

        markup.Should().NotContain("<script").And.NotContain("onload=\"x").And.NotContain("\u0001").And.NotContain("\uD800");
        var svg = XDocument.Parse(markup).Root!;
        svg.Element(Svg + "title")!.Value.Should().Contain("<script>alert(1)</script>");
        svg.Elements(Svg + "text").Should().OnlyContain(t => t.Value.Length < 80, "long side names are shortened in the legend");
    }

    [Fact]
    public void Many_tone_words_keep_a_readable_count_axis()
    {
        var text = string.Concat(Enumerable.Repeat("The two sides had candid, constructive and friendly talks and voiced concern. ", 400));
        var comparison = ReadoutComparer.Default.Compare(Readout.Parse(text, side: "China"), Readout.Parse("Hello.", side: "United States"));
        comparison.Left.Profile.Count.Should().BeGreaterThan(1_000);

        var svg = XDocument.Parse(ToneChart.Svg(comparison)).Root!;
        var ticks = svg.Elements(Svg + "text").Where(t => t.Attribute("text-anchor")?.Value == "end").Select(t => int.Parse(t.Value, CultureInfo.InvariantCulture)).ToList();

        ticks.Should().HaveCountLessThanOrEqualTo(7).And.BeInAscendingOrder();
        ticks[^1].Should().BeGreaterThanOrEqualTo(comparison.Left.Profile.Count / 4);
        svg.Elements(Svg + "rect").Where(r => r.Element(Svg + "title") is not null)
            .Should().OnlyContain(r => double.Parse(r.Attribute("y")!.Value, CultureInfo.InvariantCulture) >= 0);
    }

    [Fact]
    public void The_text_view_lists_each_category_with_both_counts()
    {
        var lines = ToneChart.For(Sample).ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        lines[0].Should().Be("Tone words by category");
        lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Should().Equal("China", "US");
        foreach (var category in ToneProfile.Categories)
        {
            lines.Should().Contain(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).SequenceEqual(new[]
            {
                category.ToString().ToLowerInvariant(),
                Sample.Left.Profile[category].Count.ToString(CultureInfo.InvariantCulture),
                Sample.Right.Profile[category].Count.ToString(CultureInfo.InvariantCulture),
            }));
        }
    }

    [Fact]
    public void A_null_comparison_is_refused()
    {
        FluentActions.Invoking(() => ToneChart.Svg(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ToneChart.For(null!)).Should().Throw<ArgumentNullException>();
    }
}
