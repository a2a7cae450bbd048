using Statements.Timeline;

namespace Statements.Tests.Timeline;

/// <summary>
/// The timeline of the 1,412 White House readouts in ../shared/corpus/wh-readouts, checked against facts read off the
/// texts by hand (grep), not against earlier output. Skipped with a message where ../shared is absent.
/// </summary>
public class TimelineCorpusTests
{
    private static readonly Lazy<ReadoutTimeline> Archive = new(() =>
        ReadoutTimeline.LoadAsync(Path.Combine(SharedCorpus.Path!, "corpus", "wh-readouts")).GetAwaiter().GetResult());

    // Every readout whose opening sentence has a White House official meet or call a Chinese leader or minister
    // (grep of the opening lines for Xi Jinping, Wang Yi, Yang Jiechi, Liu Jianchao, Ma Zhaoxu, Zhang Youxia), by date.
    private static readonly string[] ChinaLeaderReadouts =
    [
        "2021-02-10-readout-of-president-joseph-r-biden-jr-call-with-president-xi-jinping-of-china.txt",
        "2021-09-09-readout-of-president-joseph-r-biden-jr-call-with-president-xi-jinping-of-the-peoples-republic-of-china.txt",
        "2021-10-06-readout-of-national-security-advisor-jake-sullivans-meeting-with-politburo-member-yang-jiechi.txt",
        "2021-11-16-readout-of-president-bidens-virtual-meeting-with-president-xi-jinping-of-the-peoples-republic-of-china.txt",
        "2022-03-14-readout-of-national-security-advisor-jake-sullivans-meeting-with-politburo-member-yang-jiechi-2.txt",
        "2022-03-18-readout-of-president-joseph-r-biden-jr-call-with-president-xi-jinping-of-the-peoples-republic-of-china-2.txt",
        "2022-05-18-readout-of-national-security-advisor-jake-sullivans-phone-call-with-politburo-member-yang-jiechi.txt",
        "2022-06-13-readout-of-national-security-advisor-jake-sullivans-meeting-with-politburo-member-yang-jiechi-3.txt",
        "2022-07-28-readout-of-president-bidens-call-with-president-xi-jinping-of-the-peoples-republic-of-china.txt",
        "2022-11-14-readout-of-president-joe-bidens-meeting-with-president-xi-jinping-of-the-peoples-republic-of-china.txt",
        "2023-05-11-readout-of-national-security-advisor-jake-sullivans-meeting-with-chinese-communist-party-politburo-member-and.txt",
        "2023-09-17-readout-of-national-security-advisor-jake-sullivans-meeting-with-chinese-communist-party-politburo-member-dir.txt",
        "2023-10-27-readout-of-national-security-advisor-jake-sullivans-meeting-with-peoples-republic-of-china-director-of-the-of.txt",
        "2023-10-27-readout-of-president-joe-bidens-meeting-with-peoples-republic-of-china-director-of-the-office-of-the-foreign-.txt",
        "2023-11-15-readout-of-president-joe-bidens-meeting-with-president-xi-jinping-of-the-peoples-republic-of-china-2.txt",
        "2024-01-10-readout-of-principal-deputy-national-security-advisor-jon-finers-meeting-with-peoples-republic-of-china-minis.txt",
        "2024-01-27-readout-of-national-security-advisor-jake-sullivans-meeting-with-chinese-communist-party-politburo-member-dir.txt",
        "2024-04-02-readout-of-president-joe-bidens-call-with-president-xi-jinping-of-the-peoples-republic-of-china.txt",
        "2024-05-30-readout-of-principal-deputy-national-security-advisor-jon-finers-meeting-with-peoples-republic-of-china-execu.txt",
        "2024-08-28-readout-of-national-security-advisor-jake-sullivans-meeting-with-chinese-communist-party-politburo-member-dir.txt",
        "2024-08-28-readout-of-national-security-advisor-jake-sullivans-meeting-with-vice-chairman-of-the-central-military-commis.txt",
        "2024-08-29-readout-of-national-security-advisor-jake-sullivans-meeting-with-president-xi-jinping-of-the-peoples-republic.txt",
        "2024-11-16-readout-of-president-joe-bidens-meeting-with-president-xi-jinping-of-the-peoples-republic-of-china-3.txt",
    ];

    private const string TaiwanFormulation = "peace and stability across the Taiwan Strait";

    private static ReadoutTimeline Require()
    {
        SharedCorpus.Require();
        return Archive.Value;
    }

    private static string Text(string file) => File.ReadAllText(Path.Combine(SharedCorpus.Path!, "corpus", "wh-readouts", file));

    [SkippableFact]
    public void Every_file_of_the_archive_is_in_the_timeline_or_reported_none_dropped()
    {
        var timeline = Require();
        var files = Directory.GetFiles(Path.Combine(SharedCorpus.Path!, "corpus", "wh-readouts"), "*.txt").Length;
        (timeline.Readouts.Length + timeline.Problems.Length).Should().Be(files);
        timeline.Readouts.Should().OnlyContain(r => r.Date != null, "every archive file has a date header");
    }

    [SkippableFact]
    public void The_China_timeline_lists_every_call_or_meeting_with_a_Chinese_leader_or_minister_in_date_order()
    {
        var china = Require().For("China")!;
        var ids = china.Readouts.Select(r => r.Id).ToList();
        ids.Should().Contain(ChinaLeaderReadouts);
        ids.Where(ChinaLeaderReadouts.Contains).Should().Equal(ChinaLeaderReadouts);
        china.Readouts.Select(r => r.Date).Should().BeInAscendingOrder();

        // Readouts that only discuss China with someone else are not China's.
        ids.Should().NotContain("2021-06-12-readout-of-president-bidens-meeting-with-prime-minister-suga-yoshihide-suga-of-japan.txt");
        ids.Should().NotContain("2022-11-06-readout-of-president-joe-bidens-call-with-chancellor-olaf-scholz-of-germany-2.txt");
        ids.Should().NotContain("2023-04-20-readout-of-president-joe-bidens-call-with-president-emmanuel-macron-of-france-3.txt");
    }

    [SkippableFact]
    public void The_Taiwan_Strait_formulation_first_appears_with_China_in_November_2021_and_with_Japan_in_June_2021()
    {
        var timeline = Require();
        var china = timeline.For("China")!;
        var inChina = china.GetFormulation(TaiwanFormulation)!;
        inChina.Should().NotBeNull();
        inChina.First.Should().Be("2021-11-16-readout-of-president-bidens-virtual-meeting-with-president-xi-jinping-of-the-peoples-republic-of-china.txt");

        // By hand: no earlier China readout has the words; the first one has them.
        foreach (var earlier in ChinaLeaderReadouts.TakeWhile(f => f != inChina.First))
        {
            Text(earlier).Should().NotContain(TaiwanFormulation, earlier);
        }

        Text(inChina.First).Should().Contain(TaiwanFormulation);

        // The first White House readout of the archive that carries it is the Suga meeting at the G7 (Japan).
        timeline.For("Japan")!.GetFormulation(TaiwanFormulation)!.First.Should().Be("2021-06-12-readout-of-president-bidens-meeting-with-prime-minister-suga-yoshihide-suga-of-japan.txt");

        // The Woodside summit readout lacks it, between readouts that carry it: expected but absent.
        const string Woodside = "2023-11-15-readout-of-president-joe-bidens-meeting-with-president-xi-jinping-of-the-peoples-republic-of-china-2.txt";
        Text(Woodside).Should().NotContain(TaiwanFormulation);
        inChina.ExpectedButAbsent.Should().Contain(Woodside);

        // Dropped by President Biden's meeting with Wang Yi against Mr. Sullivan's of the same day, new again in January 2024.
        const string BidenWangYi = "2023-10-27-readout-of-president-joe-bidens-meeting-with-peoples-republic-of-china-director-of-the-office-of-the-foreign-.txt";
        const string FinerLiu = "2024-01-10-readout-of-principal-deputy-national-security-advisor-jon-finers-meeting-with-peoples-republic-of-china-minis.txt";
        Text(BidenWangYi).Should().NotContain(TaiwanFormulation);
        Text(FinerLiu).Should().Contain(TaiwanFormulation);
        var dropped = china.GetChanges(BidenWangYi).Dropped.Single(c => c.Kind == ChangeKind.Formulation && c.Label == TaiwanFormulation);
        dropped.Spans.Single().Of(china.GetReadout(china.GetChanges(BidenWangYi).PreviousId!).Analysis.Readout.Text).Should().Be(TaiwanFormulation);
        china.GetChanges(FinerLiu).PreviousId.Should().Be(Woodside);
        china.GetChanges(FinerLiu).Added.Should().Contain(c => c.Kind == ChangeKind.Formulation && c.Label == TaiwanFormulation);
    }

    [SkippableFact]
    public void The_status_quo_is_in_every_2022_Biden_Xi_readout()
    {
        var china = Require().For("China")!;
        var bidenXi2022 = ChinaLeaderReadouts.Where(f => f.StartsWith("2022-", StringComparison.Ordinal) && f.Contains("xi-jinping", StringComparison.Ordinal)).ToList();
        bidenXi2022.Should().HaveCount(3);
        foreach (var file in bidenXi2022)
        {
            Text(file).Should().Contain("the status quo", file);
        }

        var statusQuo = china.GetFormulation("status quo")!;
        statusQuo.Should().NotBeNull();
        foreach (var file in bidenXi2022)
        {
            statusQuo.IsIn(file).Should().BeTrue(file);
        }
    }

    [SkippableFact]
    public void Counternarcotics_enters_the_China_timeline_only_with_the_Woodside_summit_of_November_2023()
    {
        var china = Require().For("China")!;
        var series = china.TopicSeries("counternarcotics")!;
        var first = china.Readouts[series.PerReadout.ToList().FindIndex(n => n > 0)];
        first.Id.Should().StartWith("2023-11-15-");
        Text(first.Id).Should().Contain("fentanyl");

        // By hand: no China readout before it mentions fentanyl, narcotics or drugs.
        foreach (var earlier in china.Readouts.TakeWhile(r => r.Date < first.Date))
        {
            Text(earlier.Id).Should().NotContainAny(["fentanyl", "narcotic", "drug"], earlier.Id);
        }

        china.GetChanges(first.Id).Added.Should().Contain(c => c.Kind == ChangeKind.Topic && c.Key == "counternarcotics");
    }
}
