using System.Text.Json;
using Json.Schema;
using Statements.Rendering;
using Statements.Serialization;
using Statements.Timeline;

namespace Statements.Tests.Timeline;

/// <summary>The readout timeline on small made-up archives: grouping, dates, formulations, changes, bad files, views.</summary>
public class TimelineTests
{
    private const string Taiwan = "They underlined the importance of peace and stability across the Taiwan Strait.";

    internal static Readout Wh(string name, string? date, string title, string body) =>
        Readout.Parse($"publisher: The White House\ntitle: {title}\n{(date is null ? "" : "date: " + date + "\n")}---\n{body}", name: name);

    private static ReadoutTimeline Build(params Readout[] readouts) =>
        ReadoutTimeline.Build(readouts.Select(r => ReadoutComparer.Default.Analyze(r)));

    [Fact]
    public void Readouts_are_grouped_by_counterpart_in_date_order_and_one_with_two_counterparts_belongs_to_each()
    {
        var timeline = Build(
            Wh("a.txt", "2024-03-01", "Readout of a call", "President Biden spoke today with Prime Minister Kishida of Japan. They discussed trade."),
            Wh("b.txt", "2024-01-01", "Readout of a call", "President Biden spoke today with President Xi Jinping of China. They discussed trade."),
            Wh("c.txt", "2024-02-01", "Readout of a call", "President Biden spoke today with Prime Minister Kishida of Japan and President Xi Jinping of the People's Republic of China. They discussed trade."));

        timeline.For("china")!.Readouts.Select(r => r.Id).Should().Equal("b.txt", "c.txt");
        timeline.For("Japan")!.Readouts.Select(r => r.Id).Should().Equal("c.txt", "a.txt");
        timeline.Readouts.Select(r => r.Id).Should().Equal("b.txt", "c.txt", "a.txt");
        timeline.Unassigned.Should().BeEmpty();
    }

    [Fact]
    public void Each_side_has_its_own_timeline_of_a_counterpart_so_two_governments_readouts_are_never_mixed()
    {
        var chinese = Readout.Parse("side: China\npublisher: Ministry of Foreign Affairs of the PRC\ndate: 2024-04-02\n---\nPresident Xi Jinping spoke with U.S. President Joe Biden on the phone.", name: "cn.txt");
        var russian = Readout.Parse("side: Russia\npublisher: Kremlin\ndate: 2021-12-07\n---\nVladimir Putin held a video conference with President of the United States Joseph Biden.", name: "ru.txt");
        var american = Wh("us.txt", "2024-04-02", "Readout of a call", "President Biden spoke today with President Xi Jinping of the People's Republic of China.");
        var timeline = Build(chinese, russian, american);

        timeline.For("China")!.Readouts.Select(r => r.Id).Should().Equal("us.txt");
        timeline.For("United States", "China")!.Readouts.Select(r => r.Id).Should().Equal("cn.txt");
        timeline.For("United States", "Russia")!.Readouts.Select(r => r.Id).Should().Equal("ru.txt");
        timeline.Counterparts.Should().HaveCount(3);
        TimelineText.Render(timeline).Should().Contain("United States (China readouts): 1 readout");
    }

    [Fact]
    public void A_country_named_as_a_topic_or_a_place_is_not_a_counterpart_but_a_place_serves_when_nothing_else_is_named()
    {
        var timeline = Build(
            Wh("suga.txt", "2021-06-12", "Readout of a meeting", "President Biden met today with Prime Minister Suga of Japan at the G7 to discuss China, North Korea and climate change."),
            Wh("bali.txt", "2022-11-14", "Readout of a meeting", "President Biden met on November 14 with President Xi Jinping of the People's Republic of China (PRC), in Bali, Indonesia."),
            Wh("zhang.txt", "2024-08-29", "Readout of a meeting", "Mr. Sullivan met on August 29 with General Zhang Youxia, Vice Chairman of the Central Military Commission in Beijing, China."),
            Wh("domestic.txt", "2024-08-30", "Readout of a meeting", "The President met with automakers and labor leaders to discuss jobs."),
            Wh("nsc.txt", "2022-02-20", "Readout of a meeting", "Today, President Biden convened a meeting of the National Security Council to discuss Russia's military buildup."),
            Wh("group.txt", "2024-01-30", "Readout of a working group", "On January 30, the United States and the People's Republic of China launched their bilateral Counternarcotics Working Group."));

        timeline.Readouts.Single(r => r.Id == "suga.txt").Counterparts.Should().Equal("Japan");
        timeline.Readouts.Single(r => r.Id == "bali.txt").Counterparts.Should().Equal("China");
        timeline.Readouts.Single(r => r.Id == "zhang.txt").Counterparts.Should().Equal("China");
        timeline.Readouts.Single(r => r.Id == "group.txt").Counterparts.Should().Equal("China");
        timeline.Unassigned.Select(r => r.Id).Should().Equal("nsc.txt", "domestic.txt");
    }

    [Fact]
    public void A_readout_without_a_date_header_is_dated_from_its_text_or_listed_as_undated_never_dropped()
    {
        var timeline = Build(
            Wh("dated.txt", "2022-01-05", "Readout of a call", "President Biden spoke today with President Xi Jinping of China."),
            Wh("from-text.txt", null, "Readout of a meeting", "On November 14, 2022, President Biden met with President Xi Jinping of China."),
            Wh("undated.txt", null, "Readout of a call", "President Biden spoke with President Xi Jinping of China."));

        var china = timeline.For("China")!;
        china.Readouts.Select(r => r.Id).Should().Equal("dated.txt", "from-text.txt", "undated.txt");
        var fromText = china.GetReadout("from-text.txt");
        fromText.Date.Should().Be(new DateOnly(2022, 11, 14));
        fromText.DateSource.Should().Be(TimelineDateSource.Text);
        china.GetReadout("undated.txt").DateSource.Should().Be(TimelineDateSource.Undated);
        timeline.Undated.Select(r => r.Id).Should().Equal("undated.txt");
        TimelineText.Render(timeline).Should().Contain("Undated readouts").And.Contain("(from text)");
    }

    [Fact]
    public async Task Unreadable_files_are_reported_with_path_and_reason_and_the_rest_is_built()
    {
        var folder = Directory.CreateTempSubdirectory("timeline-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "good-1.txt"), "publisher: The White House\ndate: 2024-01-01\n---\nPresident Biden spoke today with President Xi Jinping of China.");
            File.WriteAllText(Path.Combine(folder, "good-2.txt"), "publisher: The White House\ndate: 2024-02-01\n---\nPresident Biden spoke today with President Xi Jinping of China.");
            File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x50, 0x00, 0x4B, 0x03, 0x04, 0x00]);
            File.WriteAllBytes(Path.Combine(folder, "latin1.txt"), [0x63, 0x61, 0x66, 0xE9, 0x20, 0x0A]);

            var timeline = await ReadoutTimeline.LoadAsync(folder);

            timeline.Readouts.Select(r => r.Id).Should().Equal("good-1.txt", "good-2.txt");
            timeline.Problems.Select(p => p.Path).Should().BeEquivalentTo([Path.Combine(folder, "binary.txt"), Path.Combine(folder, "latin1.txt")]);
            timeline.Problems.Should().OnlyContain(p => p.Reason.Length > 0 && !p.Reason.Contains('\n'));
            TimelineText.Render(timeline).Should().Contain("Files not read").And.Contain("binary.txt");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_formulation_has_first_and_last_appearance_count_and_the_readouts_where_it_is_expected_but_absent()
    {
        var timeline = Build(
            Wh("1.txt", "2023-01-01", "Readout", "President Biden spoke today with President Xi Jinping of China. " + Taiwan),
            Wh("2.txt", "2023-02-01", "Readout", "President Biden spoke today with President Xi Jinping of China. " + Taiwan),
            Wh("3.txt", "2023-03-01", "Readout", "President Biden spoke today with President Xi Jinping of China. They discussed climate change."),
            Wh("4.txt", "2023-04-01", "Readout", "President Biden spoke today with President Xi Jinping of China. " + Taiwan),
            Wh("5.txt", "2023-05-01", "Readout", "President Biden spoke today with President Xi Jinping of China. " + Taiwan));

        var china = timeline.For("China")!;
        china.FindFormulations("Taiwan Strait").Should().ContainSingle();
        var formulation = china.GetFormulation("Peace and Stability across the Taiwan Strait")!;
        formulation.Text.Should().Be("peace and stability across the Taiwan Strait");
        formulation.Count.Should().Be(4);
        formulation.First.Should().Be("1.txt");
        formulation.Last.Should().Be("5.txt");
        formulation.ExpectedButAbsent.Should().Equal("3.txt");
        foreach (var use in formulation.Uses)
        {
            use.Span.Of(china.GetReadout(use.ReadoutId).Analysis.Readout.Text).Should().Be("peace and stability across the Taiwan Strait");
        }

        // Shorter runs carried by exactly the same readouts are folded into the longest one.
        china.Formulations.Should().NotContain(f => f.Text == "stability across the Taiwan Strait");
    }

    [Fact]
    public void Changes_list_what_is_new_and_what_is_missing_with_spans_into_both_texts()
    {
        var timeline = Build(
            Wh("1.txt", "2023-01-01", "Readout", "President Biden spoke today with President Xi Jinping of China. " + Taiwan),
            Wh("2.txt", "2023-02-01", "Readout", "President Biden spoke today with President Xi Jinping of China. " + Taiwan),
            Wh("3.txt", "2023-03-01", "Readout", "President Biden spoke today with President Xi Jinping of China. President Biden raised concerns about fentanyl trafficking."),
            Wh("4.txt", "2023-04-01", "Readout", "President Biden spoke today with President Xi Jinping of China. President Biden raised concerns about fentanyl trafficking. " + Taiwan));

        var china = timeline.For("China")!;
        china.GetChanges("1.txt").PreviousId.Should().BeNull();
        var third = china.GetChanges("3.txt");
        third.PreviousId.Should().Be("2.txt");
        var dropped = third.Dropped.Should().ContainSingle(c => c.Kind == ChangeKind.Formulation && c.Label == "peace and stability across the Taiwan Strait").Subject;
        dropped.Spans.Should().ContainSingle().Which.Of(china.GetReadout("2.txt").Analysis.Readout.Text).Should().Be("peace and stability across the Taiwan Strait");
        var topic = third.Added.Should().ContainSingle(c => c.Kind == ChangeKind.Topic && c.Key == "counternarcotics").Subject;
        topic.Spans.Should().NotBeEmpty();
        topic.Spans.Select(s => s.Of(china.GetReadout("3.txt").Analysis.Readout.Text)).Should().Contain(t => t.Contains("fentanyl", StringComparison.Ordinal));
        third.Dropped.Should().Contain(c => c.Kind == ChangeKind.Topic && c.Key == "taiwan");

        var fourth = china.GetChanges("4.txt");
        fourth.Added.Should().Contain(c => c.Kind == ChangeKind.Formulation && c.Spans.Single().Of(china.GetReadout("4.txt").Analysis.Readout.Text) == "peace and stability across the Taiwan Strait");
        china.TopicSeries("counternarcotics")!.PerReadout.Should().Equal(0, 0, 1, 1);
        china.Quarters.Should().Equal("2023-Q1", "2023-Q2");
        china.TopicSeries("counternarcotics")!.PerQuarter.Should().Equal(1, 1);
    }

    [Fact]
    public void A_phrase_used_with_most_counterparts_is_boilerplate_not_a_formulation_of_any_dyad()
    {
        var readouts = new List<Readout>();
        var countries = new[] { ("China", "President Xi Jinping"), ("Japan", "Prime Minister Kishida"), ("France", "President Macron"), ("India", "Prime Minister Modi") };
        var day = 1;
        foreach (var (country, leader) in countries)
        {
            for (var i = 0; i < 3; i++)
            {
                var extra = country == "China" ? " They pledged to manage competition responsibly." : "";
                readouts.Add(Wh($"{country}-{i}.txt", $"2023-0{i + 1}-{day:00}", "Readout", $"President Biden spoke today with {leader} of {country}. The leaders reaffirmed their commitment to close coordination.{extra}"));
            }

            day++;
        }

        var timeline = Build([.. readouts]);
        timeline.Counterparts.Should().HaveCount(4);
        foreach (var dyad in timeline.Counterparts)
        {
            dyad.FindFormulations("close coordination").Should().BeEmpty(dyad.Counterpart);
        }

        timeline.For("China")!.FindFormulations("manage competition responsibly").Should().ContainSingle();

        // With the boilerplate test off (one counterpart is never "most"), the shared phrase is a formulation again.
        var alone = Build([.. readouts.Take(3)]);
        alone.For("China")!.FindFormulations("close coordination").Should().NotBeEmpty();
    }

    [Fact]
    public void The_timeline_does_not_depend_on_the_order_of_its_input_and_narrowing_to_a_counterpart_keeps_its_formulations()
    {
        var readouts = Enumerable.Range(1, 8).Select(i => Wh($"{i}.txt", $"2023-0{i}-01", "Readout",
            $"President Biden spoke today with {(i % 2 == 0 ? "President Xi Jinping of China" : "Prime Minister Kishida of Japan and President Xi Jinping of China")}. " +
            (i % 3 == 0 ? "They discussed climate change." : Taiwan))).ToList();
        var forward = Build([.. readouts]);
        var backward = Build([.. Enumerable.Reverse(readouts)]);
        TimelineJson.Serialize(backward).Should().Be(TimelineJson.Serialize(forward));

        var china = forward.For("China")!;
        forward.Narrow("China").Counterparts.Single().Formulations.Select(f => (f.Key, f.Count)).Should().Equal(china.Formulations.Select(f => (f.Key, f.Count)));
        Build([.. readouts]).Invoking(_ => ReadoutTimeline.Build(readouts.Select(r => ReadoutComparer.Default.Analyze(r)), options: new TimelineOptions { AbsenceWindow = 0 }))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Narrowing_to_a_counterpart_and_dates_keeps_only_those_readouts()
    {
        var timeline = Build(
            Wh("1.txt", "2023-01-01", "Readout", "President Biden spoke today with President Xi Jinping of China."),
            Wh("2.txt", "2023-06-01", "Readout", "President Biden spoke today with President Xi Jinping of China."),
            Wh("3.txt", "2023-06-02", "Readout", "President Biden spoke today with Prime Minister Kishida of Japan."));

        var narrowed = timeline.Narrow("china", from: new DateOnly(2023, 2, 1));
        narrowed.Counterparts.Select(c => c.Counterpart).Should().Equal("China");
        narrowed.Counterparts[0].Readouts.Select(r => r.Id).Should().Equal("2.txt");
    }

    [Fact]
    public void Json_follows_the_timeline_contract_and_every_view_names_the_formulation()
    {
        var timeline = Build(
            Wh("1.txt", "2023-01-01", "Readout <b>1</b>", "President Biden spoke today with President Xi Jinping of China. " + Taiwan),
            Wh("2.txt", "2023-02-01", "Readout", "President Biden spoke today with President Xi Jinping of China. President Biden raised concerns."),
            Wh("3.txt", null, "Readout", "President Biden spoke with President Xi Jinping of China. " + Taiwan),
            Wh("4.txt", "2023-03-01", "Readout", "The President met with labor leaders."));

        var json = TimelineJson.Serialize(timeline);
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(PublicApiTests.RepositoryRoot(), "schema", "timeline.schema.json")));
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + " " + e.Value))));
        document.RootElement.GetProperty("schema").GetString().Should().Be(TimelineJson.Schema);
        document.RootElement.GetProperty("undated")[0].GetString().Should().Be("3.txt");
        document.RootElement.GetProperty("unassigned")[0].GetString().Should().Be("4.txt");

        // The contract is strict: a document missing a required part fails it.
        using var broken = JsonDocument.Parse(json.Replace("\"problems\"", "\"problem\"", StringComparison.Ordinal));
        schema.Evaluate(broken.RootElement).IsValid.Should().BeFalse();

        TimelineText.Render(timeline).Should().Contain("peace and stability across the Taiwan Strait");
        TimelineText.RenderMarkdown(timeline).Should().Contain("| peace and stability across the Taiwan Strait |");
        TimelineCsv.Render(timeline).Split("\r\n")[0].Should().StartWith("counterpart,date,");
        var html = TimelineHtml.Render(timeline);
        html.Should().Contain("Content-Security-Policy").And.Contain("<svg").And.Contain("peace and stability across the Taiwan Strait")
            .And.Contain("Readout &lt;b&gt;1&lt;/b&gt;").And.NotContain("<script").And.NotContain("Readout <b>1</b>");
        html.Should().Contain("<title id=").And.Contain("<desc id=");
    }

    [Fact]
    public void Odd_text_lone_surrogates_and_markup_in_titles_still_give_valid_json_and_encoded_html()
    {
        var odd = "Readout \uD800 <script>alert(1)</script> \u0007";
        var timeline = Build(
            Wh("1.txt", "2023-01-01", odd, "President Biden spoke today with President Xi Jinping of China. \uDC00 " + Taiwan),
            Wh("2.txt", "2023-02-01", odd, "President Biden spoke today with President Xi Jinping of China. " + Taiwan + " \uD800"));

        using var document = JsonDocument.Parse(TimelineJson.Serialize(timeline));
        document.RootElement.GetProperty("readouts")[0].GetProperty("title").GetString().Should().Contain("\uFFFD");
        TimelineHtml.Render(timeline).Should().NotContain("<script>");
        TimelineChart.HeatMap(timeline.For("China")!).Should().NotContain("<script>");
    }

    [Fact]
    public void The_charts_state_every_number_in_their_description()
    {
        var timeline = Build(
            Wh("1.txt", "2023-01-01", "Readout", "President Biden spoke today with President Xi Jinping of China. President Biden raised concerns about fentanyl trafficking."),
            Wh("2.txt", "2023-05-01", "Readout", "President Biden spoke today with President Xi Jinping of China. President Biden raised concerns about fentanyl trafficking."));
        var china = timeline.For("China")!;
        var heat = TimelineChart.HeatMap(china);
        heat.Should().Contain("counternarcotics: 2023-Q1 1, 2023-Q2 1.");
        var lines = TimelineChart.ToneLines(china);
        lines.Should().Contain("concern: 2023-Q1 " + china.Tone.Single(s => s.Key == "concern").PerQuarter[0]);
    }
}
