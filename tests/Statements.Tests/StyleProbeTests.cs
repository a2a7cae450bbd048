using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Statements.Tests;

/// <summary>
/// The style probe (issue 22): real readouts from offices and styles the attribution rules were never tuned on, each
/// with the speaker of every claim annotated by hand (Fixtures/style-probe, see its README). It checks that the
/// fixtures are sound and that speaker accuracy does not fall below today's figure; the table it writes is the
/// measurement a speaker fix should move.
/// </summary>
public sealed partial class StyleProbeTests(ITestOutputHelper output)
{
    /// <summary>Overall speaker accuracy, rounded down; the rule of ../shared/tools/evaluate.py, under which "both" and
    /// "narrator" stand in for one another. 135 of 173 covered claims (0.780) when the probe was added; 169 of 175 (0.966)
    /// after the speaker fixes of issue 22 (joint subjects, purpose clauses, first-person statements, agentless frames,
    /// name particles). Raise it when a speaker fix lands.</summary>
    private const double SpeakerFloor = 0.96;

    /// <summary>The same with "both" and "narrator" told apart, so a joint position given to the narrator counts as wrong
    /// (133 of 173, 0.769, when the probe was added; 168 of 175, 0.960, after issue 22), rounded down.</summary>
    private const double StrictSpeakerFloor = 0.96;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<IReadOnlyList<Probe>> Probes = new(Load);

    private static readonly HashSet<string> JointSpeakers = ["both", "narrator", "", "none", "unknown", "joint"];

    [Fact]
    public void StyleProbe_fixtures_are_sound_every_anchor_verbatim_and_unique()
    {
        var dir = FixtureDirectory();
        var texts = Directory.GetFiles(dir, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var golds = Directory.GetFiles(dir, "*.json").Select(f => Path.GetFileNameWithoutExtension(f) + ".txt").Order(StringComparer.Ordinal).ToList();
        texts.Should().Equal(golds, "every readout text has exactly one annotation file beside it");

        var probes = Probes.Value;
        probes.Should().HaveCountGreaterThanOrEqualTo(30);
        probes.Count(p => !string.Equals(p.Readout.Publisher, "The White House", StringComparison.Ordinal))
            .Should().BeGreaterThanOrEqualTo(12, "at least 12 readouts come from counterpart offices");

        var problems = new List<string>();
        foreach (var probe in probes)
        {
            var text = probe.Readout.Text;
            if (probe.Gold.File != probe.Name)
            {
                problems.Add($"{probe.Name}: its JSON names \"{probe.Gold.File}\"");
            }

            if (probe.Gold.Claims.Count == 0)
            {
                problems.Add($"{probe.Name}: no claims annotated");
            }

            foreach (var claim in probe.Gold.Claims)
            {
                var words = claim.Anchor.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                var verbatim = Occurrences(text, claim.Anchor);
                var normalized = Occurrences(Normalize(text), Normalize(claim.Anchor));
                if (verbatim != 1 || normalized != 1)
                {
                    problems.Add($"{probe.Name}: anchor found {verbatim} times verbatim, {normalized} times normalized: \"{claim.Anchor}\"");
                }

                if (words is < 4 or > 15)
                {
                    problems.Add($"{probe.Name}: anchor of {words} words: \"{claim.Anchor}\"");
                }

                if (claim.Speaker is not (Speakers.Both or Speakers.Narrator) && !probe.Gold.Participants.ContainsKey(claim.Speaker))
                {
                    problems.Add($"{probe.Name}: speaker \"{claim.Speaker}\" is not a participant");
                }

                if (string.IsNullOrWhiteSpace(claim.Construction))
                {
                    problems.Add($"{probe.Name}: no construction tag on \"{claim.Anchor}\"");
                }
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void StyleProbe_speaker_accuracy_holds_its_floor()
    {
        var rows = Probes.Value.Select(Score).ToList();
        var gold = rows.Sum(r => r.Gold);
        var covered = rows.Sum(r => r.Covered);
        var right = rows.Sum(r => r.Right);
        var strict = rows.Sum(r => r.Strict);

        var table = new StringBuilder();
        table.AppendLine("| readout | side | gold | covered | speaker | strict |");
        table.AppendLine("| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var r in rows)
        {
            table.AppendLine(Invariant($"| {r.Name} | {r.Side} | {r.Gold} | {r.Covered} | {Ratio(r.Right, r.Covered)} | {Ratio(r.Strict, r.Covered)} |"));
        }

        foreach (var group in rows.GroupBy(r => r.Side == "United States" ? "White House" : "counterpart offices").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var (g, c) = (group.Sum(r => r.Gold), group.Sum(r => r.Covered));
            table.AppendLine(Invariant($"| {group.Key} ({group.Count()} readouts) | | {g} | {c} | {Ratio(group.Sum(r => r.Right), c)} | {Ratio(group.Sum(r => r.Strict), c)} |"));
        }

        table.AppendLine(Invariant($"| overall ({rows.Count} readouts) | | {gold} | {covered} ({Ratio(covered, gold)}) | {Ratio(right, covered)} ({right}/{covered}) | {Ratio(strict, covered)} ({strict}/{covered}) |"));
        table.AppendLine();
        table.AppendLine("| construction | covered | speaker | strict |");
        table.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var group in rows.SelectMany(r => r.Outcomes).Where(o => o.System is not null).GroupBy(o => o.Claim.Construction).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AppendLine(Invariant($"| {group.Key} | {group.Count()} | {Ratio(group.Count(o => o.Right), group.Count())} | {Ratio(group.Count(o => o.Strict), group.Count())} |"));
        }

        table.AppendLine();
        table.AppendLine("Speaker errors (strict): readout | construction | gold -> system | anchor");
        foreach (var r in rows)
        {
            foreach (var o in r.Outcomes.Where(o => o.System is not null && !o.Strict))
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"  {r.Name} | {o.Claim.Construction} | {o.Claim.Speaker} -> {o.System!.Speaker} | {o.Claim.Anchor}");
            }
        }

        table.AppendLine();
        table.AppendLine("Not covered (no system claim contains the anchor): readout | gold | anchor");
        foreach (var r in rows)
        {
            foreach (var o in r.Outcomes.Where(o => o.System is null))
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"  {r.Name} | {o.Claim.Speaker} | {o.Claim.Anchor}");
            }
        }

        output.WriteLine(table.ToString());

        covered.Should().BeGreaterThan(0);
        ((double)right / covered).Should().BeGreaterThanOrEqualTo(SpeakerFloor, "overall speaker accuracy (evaluate.py rule) must not fall below today's");
        ((double)strict / covered).Should().BeGreaterThanOrEqualTo(StrictSpeakerFloor, "overall strict speaker accuracy must not fall below today's");
    }

    /// <summary>Compares speakers as ../shared/tools/evaluate.py does: "both" and "narrator" accept any joint or empty
    /// speaker; a name accepts the canonical name, an alias, or a speaker containing the surname.</summary>
    internal static bool SpeakerMatches(string systemSpeaker, string goldSpeaker, IReadOnlyDictionary<string, List<string>> participants)
    {
        var s = Normalize(systemSpeaker);
        if (goldSpeaker is Speakers.Both or Speakers.Narrator)
        {
            return JointSpeakers.Contains(s) || s.Contains("both", StringComparison.Ordinal) || s.Contains("two leaders", StringComparison.Ordinal);
        }

        var names = new List<string> { goldSpeaker };
        if (participants.TryGetValue(goldSpeaker, out var aliases))
        {
            names.AddRange(aliases);
        }

        var surname = goldSpeaker.Split(' ')[^1].ToLowerInvariant();
        return names.Any(n => Normalize(n) == s) || s.Split(' ').Contains(surname, StringComparer.Ordinal);
    }

    /// <summary>The same, except that "both" and "narrator" must be given as such.</summary>
    internal static bool SpeakerMatchesStrictly(string systemSpeaker, string goldSpeaker, IReadOnlyDictionary<string, List<string>> participants) =>
        goldSpeaker is Speakers.Both or Speakers.Narrator
            ? string.Equals(systemSpeaker, goldSpeaker, StringComparison.Ordinal)
            : SpeakerMatches(systemSpeaker, goldSpeaker, participants);

    /// <summary>White space collapsed, case folded, quote marks unified, as evaluate.py compares anchors.</summary>
    internal static string Normalize(string text)
    {
        var unified = SingleQuotes().Replace(text, "'");
        unified = DoubleQuotes().Replace(unified, "\"");
        return Spaces().Replace(unified, " ").Trim().ToLowerInvariant();
    }

    private static Row Score(Probe probe)
    {
        var analysis = ReadoutComparer.Default.Analyze(probe.Readout);
        var claims = analysis.Claims.Select(c => (Claim: c, Text: Normalize(c.Text))).ToList();
        var outcomes = new List<Outcome>();
        foreach (var gold in probe.Gold.Claims)
        {
            var anchor = Normalize(gold.Anchor);
            var system = claims.Where(c => c.Text.Contains(anchor, StringComparison.Ordinal)).OrderBy(c => c.Text.Length).Select(c => c.Claim).FirstOrDefault();
            outcomes.Add(new Outcome(
                gold,
                system,
                system is not null && SpeakerMatches(system.Speaker, gold.Speaker, probe.Gold.Participants),
                system is not null && SpeakerMatchesStrictly(system.Speaker, gold.Speaker, probe.Gold.Participants)));
        }

        return new Row(probe.Name, probe.Readout.Side, outcomes);
    }

    private static IReadOnlyList<Probe> Load()
    {
        var dir = FixtureDirectory();
        return Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal).Select(json =>
        {
            var name = Path.GetFileNameWithoutExtension(json) + ".txt";
            var gold = JsonSerializer.Deserialize<GoldFile>(File.ReadAllText(json), Json) ?? throw new InvalidDataException($"{json}: empty");
            return new Probe(name, Readout.Load(Path.Combine(dir, name)), gold);
        }).ToList();
    }

    private static string FixtureDirectory()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "style-probe");
        Directory.Exists(dir).Should().BeTrue($"the fixtures are copied to {dir} by the test project");
        return dir;
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Ratio(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("[\u2018\u2019\u201a\u201b`\u00b4']")]
    private static partial Regex SingleQuotes();

    [GeneratedRegex("[\u201c\u201d\u201e\"]")]
    private static partial Regex DoubleQuotes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    internal sealed record GoldFile(string File, Dictionary<string, List<string>> Participants, List<GoldClaim> Claims);

    internal sealed record GoldClaim(string Anchor, string Speaker, string Construction);

    private sealed record Probe(string Name, Readout Readout, GoldFile Gold);

    private sealed record Outcome(GoldClaim Claim, Claim? System, bool Right, bool Strict);

    private sealed record Row(string Name, string Side, IReadOnlyList<Outcome> Outcomes)
    {
        public int Gold => Outcomes.Count;

        public int Covered => Outcomes.Count(o => o.System is not null);

        public int Right => Outcomes.Count(o => o.Right);

        public int Strict => Outcomes.Count(o => o.Strict);
    }
}
