using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Statements.Topics;

namespace Statements.Rendering;

/// <summary>Phrases every renderer shares, so text, Markdown and other views say the same thing.</summary>
public static partial class ComparisonText
{
    /// <summary>A short label for a side: "US" for United States, "UK" for United Kingdom, else the name.</summary>
    public static string ShortSide(string side)
    {
        ArgumentNullException.ThrowIfNull(side);
        return side switch
        {
            "United States" => "US",
            "United Kingdom" => "UK",
            _ => side,
        };
    }

    /// <summary>The tone line: "both: candid; China only: in-depth; US only: constructive".</summary>
    public static string ToneLine(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var (left, right) = SideLabels(comparison);
        var tone = comparison.Tone;
        return string.Join("; ",
            "both: " + List(tone.Shared),
            left + " only: " + List(tone.LeftOnly),
            right + " only: " + List(tone.RightOnly));
    }

    /// <summary>How each side describes the talks: "China: candid and in-depth; US: candid and constructive", or null when neither does.</summary>
    public static string? HeadlineLine(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var (left, right) = SideLabels(comparison);
        var l = comparison.Tone.LeftHeadline?.Text;
        var r = comparison.Tone.RightHeadline?.Text;
        return l is null && r is null ? null : $"{left}: {l ?? "(none)"}; {right}: {r ?? "(none)"}";
    }

    /// <summary>
    /// A word diff in one line, wdiff style: words only the left text has as <c>[-words-]</c>, words only the right
    /// text has as <c>{+words+}</c>, shared words plain.
    /// </summary>
    public static string DiffLine(IEnumerable<DiffRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return string.Concat(runs.Select(r => r.Op switch
        {
            DiffOp.Delete => "[-" + r.Text.Trim() + "-] ",
            DiffOp.Insert => "{+" + r.Text.Trim() + "+} ",
            _ => r.Text,
        })).Replace('\n', ' ');
    }

    /// <summary>The labels of the two columns; sides that are the same are told apart as left and right.</summary>
    public static (string Left, string Right) SideLabels(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var left = ShortSide(comparison.Left.Readout.Side);
        var right = ShortSide(comparison.Right.Readout.Side);
        return left == right ? (left + " (left)", right + " (right)") : (left, right);
    }

    /// <summary>The label of a row kind for people: "shared", "divergent", "China only".</summary>
    public static string KindLabel(Comparison comparison, RowKind kind)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var (left, right) = SideLabels(comparison);
        return kind switch
        {
            RowKind.Shared => "shared",
            RowKind.Divergent => "divergent",
            RowKind.LeftOnly => left + " only",
            RowKind.Weak => "weak counterpart",
            _ => right + " only",
        };
    }

    /// <summary>
    /// What a reader needs beside a row's texts, one line each: for a matched row what matched ("evidence: topic taiwan;
    /// term fentanyl"); for a weak row the nearest counterpart and its score; for a one-sided row the topics the other
    /// readout never names and the other side's claims that name the matter only in general terms. Every renderer shows the
    /// same lines.
    /// </summary>
    public static IEnumerable<string> RowNotes(Comparison comparison, ComparisonRow row)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(row);
        return RowNotesOf(comparison, row);
    }

    private static IEnumerable<string> RowNotesOf(Comparison comparison, ComparisonRow row)
    {
        var (left, right) = SideLabels(comparison);
        var leftRow = row.Left.Length > 0;
        if (row.Evidence.Length > 0)
        {
            yield return "evidence: " + string.Join("; ", row.Evidence);
        }

        if (row.Nearest is { } nearest)
        {
            yield return $"nearest in {(leftRow ? right : left)} ({nearest.Score.ToString("0.00", CultureInfo.InvariantCulture)}, too weak to link): \"{nearest.Claim.Text}\"";
        }

        if (row.NeverNamedByOther.Length > 0)
        {
            yield return $"{(leftRow ? right : left)} never names {string.Join(", ", row.NeverNamedByOther)}";
        }

        if (row.GeneralLinks.Length > 0)
        {
            var others = row.GeneralLinks.Select(k => leftRow ? k.Right : k.Left).DistinctBy(c => c.Id).ToList();
            yield return $"{(leftRow ? right : left)} names this only in general terms: " + string.Join(" / ", others.Select(c => "\"" + c.Text + "\""));
        }
    }

    /// <summary>The engagement facts in one line each: "requestedBy: China says Joe Biden; US says nothing".</summary>
    public static IEnumerable<string> FactLines(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return FactLinesOf(comparison);
    }

    private static IEnumerable<string> FactLinesOf(Comparison comparison)
    {
        var (left, right) = SideLabels(comparison);
        foreach (var fact in comparison.Engagement.Facts.Where(f => f.Left is not null || f.Right is not null))
        {
            var line = fact.Left == fact.Right
                ? $"{fact.Name}: {fact.Left} (both)"
                : $"{fact.Name}: {left} {fact.Left ?? "does not say"}; {right} {fact.Right ?? "does not say"}";
            yield return fact.Conflict ? line + "  [the sides disagree]" : line;
        }
    }

    /// <summary>Counts of rows by kind: "3 shared, 2 divergent, 5 China only, 4 US only".</summary>
    public static string RowCounts(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return string.Join(", ", Enum.GetValues<RowKind>().Select(k => comparison.Rows.Count(r => r.Kind == k).ToString(CultureInfo.InvariantCulture) + " " + KindLabel(comparison, k)));
    }

    /// <summary>
    /// A few sentences in words, generated from the comparison's facts (no language model): how each side
    /// describes the talks, the topics only one side raises, the firm or warning words only one side uses,
    /// statements one readout attributes to the other side, who requested the engagement and the facts the
    /// sides disagree on. Every renderer shows the same summary.
    /// </summary>
    /// <example>"Both sides call the talks candid; only China adds in-depth, only the United States constructive."</example>
    public static string Summary(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return string.Join(" ", SummarySentences(comparison));
    }

    /// <summary>The sentences of <see cref="Summary(Comparison)"/>, one per finding, for views that list them.</summary>
    public static ImmutableArray<string> SummarySentences(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var sentences = ImmutableArray.CreateBuilder<string>();
        var leftSide = comparison.Left.Readout.Side;
        var rightSide = comparison.Right.Readout.Side;
        var sameSide = string.Equals(leftSide, rightSide, StringComparison.Ordinal);
        var leftName = sameSide ? "the left readout" : ReadoutName(leftSide);
        var rightName = sameSide ? "the right readout" : ReadoutName(rightSide);
        var leftWho = sameSide ? "the left readout" : CountryName(leftSide);
        var rightWho = sameSide ? "the right readout" : CountryName(rightSide);

        if (TalksSentence(comparison.Tone, leftWho, rightWho, leftName, rightName) is { } talks)
        {
            sentences.Add(talks);
        }

        var leftTopics = comparison.Coverage.Where(c => c.Left.Length > 0 && c.Right.Length == 0 && c.Topic != TopicTaxonomy.Other).Select(c => TopicLabel(c.Topic)).ToList();
        var rightTopics = comparison.Coverage.Where(c => c.Right.Length > 0 && c.Left.Length == 0 && c.Topic != TopicTaxonomy.Other).Select(c => TopicLabel(c.Topic)).ToList();
        var topicParts = new List<string>(2);
        if (leftTopics.Count > 0)
        {
            topicParts.Add("only " + leftName + " raises " + AndList(leftTopics, 4));
        }

        if (rightTopics.Count > 0)
        {
            topicParts.Add("only " + rightName + " raises " + AndList(rightTopics, 4));
        }

        if (topicParts.Count > 0)
        {
            sentences.Add(Capitalize(string.Join("; ", topicParts)) + ".");
        }

        var strongParts = new List<string>(2);
        if (StrongWords(comparison.Left, comparison.Right) is { Count: > 0 } leftStrong)
        {
            strongParts.Add("only " + leftName + " speaks of " + AndList(leftStrong, 4));
        }

        if (StrongWords(comparison.Right, comparison.Left) is { Count: > 0 } rightStrong)
        {
            strongParts.Add("only " + rightName + " speaks of " + AndList(rightStrong, 4));
        }

        if (strongParts.Count > 0)
        {
            sentences.Add(Capitalize(string.Join("; ", strongParts)) + ".");
        }

        foreach (var (kind, reporter, other) in new[] { (RowKind.LeftOnly, leftName, rightName), (RowKind.RightOnly, rightName, leftName) })
        {
            var count = comparison.Rows.Count(r => r.Kind == kind && r.AttributedToOtherSide);
            if (count > 0 && !sameSide)
            {
                sentences.Add(Capitalize(reporter) + " reports " + Count(count, "statement") + " by the other side's leader that " + other + " does not make.");
            }
        }

        var format = comparison.Engagement.Format switch
        {
            EngagementFormat.Call => "call",
            EngagementFormat.VideoCall => "video call",
            EngagementFormat.Meeting => "meeting",
            _ => "engagement",
        };
        foreach (var fact in comparison.Engagement.Facts)
        {
            if (fact.Name == "requestedBy" && !fact.Conflict)
            {
                var (value, teller) = fact.Left is not null && fact.Right is not null ? (fact.Left, "both readouts say")
                    : fact.Left is not null ? (fact.Left, leftName + " says")
                    : fact.Right is not null ? (fact.Right, rightName + " says")
                    : (null, "");
                if (value is not null)
                {
                    sentences.Add(Capitalize(teller) + " the " + format + " was at the request of " + value + ".");
                }
            }
            else if (fact.Conflict)
            {
                sentences.Add("The readouts disagree on the " + FactName(fact.Name) + ": " + leftName + " gives " + fact.Left + ", " + rightName + " " + fact.Right + ".");
            }
        }

        var shared = comparison.Rows.Count(r => r.Kind == RowKind.Shared);
        var divergent = comparison.Rows.Count(r => r.Kind == RowKind.Divergent);
        var leftOnly = comparison.Rows.Count(r => r.Kind == RowKind.LeftOnly);
        var rightOnly = comparison.Rows.Count(r => r.Kind == RowKind.RightOnly);
        var weak = comparison.Rows.Count(r => r.Kind == RowKind.Weak);
        sentences.Add(comparison.Rows.Length == 0
            ? "Neither readout makes a claim."
            : $"Of {Count(comparison.Rows.Length, "claim row")}, {shared.ToString(CultureInfo.InvariantCulture)} {(shared == 1 ? "agrees" : "agree")}, {divergent.ToString(CultureInfo.InvariantCulture)} {(divergent == 1 ? "diverges" : "diverge")}, {leftOnly.ToString(CultureInfo.InvariantCulture)} {(leftOnly == 1 ? "stands" : "stand")} only in {leftName} and {rightOnly.ToString(CultureInfo.InvariantCulture)} only in {rightName}{(weak > 0 ? $"; {Count(weak, "row")} {(weak == 1 ? "has" : "have")} only a weak counterpart" : "")}.");
        return sentences.ToImmutable();
    }

    /// <summary>How a claim is put, in words: "negated, intention, quoted"; "assertion" for a plain positive statement.</summary>
    public static string Stance(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var parts = new List<string>(3);
        if (claim.Negated)
        {
            parts.Add("negated");
        }

        if (claim.Modality != Modality.Assertion || !claim.Negated)
        {
            parts.Add(claim.Modality.ToString().ToLowerInvariant());
        }

        if (claim.Quoted)
        {
            parts.Add("quoted");
        }

        if (claim.Continuity)
        {
            parts.Add("continuity");
        }

        return string.Join(", ", parts);
    }

    /// <summary>How prose names a side's readout: "the Chinese readout", "the U.S. readout", "the Kenya readout".</summary>
    public static string ReadoutName(string side)
    {
        ArgumentNullException.ThrowIfNull(side);
        var adjective = side switch
        {
            "United States" => "U.S.",
            "China" => "Chinese",
            "Russia" => "Russian",
            "United Kingdom" => "British",
            "Ukraine" => "Ukrainian",
            "India" => "Indian",
            "France" => "French",
            "Germany" => "German",
            "Japan" => "Japanese",
            "Canada" => "Canadian",
            "Mexico" => "Mexican",
            "Italy" => "Italian",
            "South Korea" => "South Korean",
            "Australia" => "Australian",
            "Israel" => "Israeli",
            "Turkey" => "Turkish",
            "Brazil" => "Brazilian",
            "Poland" => "Polish",
            "Saudi Arabia" => "Saudi",
            "Egypt" => "Egyptian",
            "Spain" => "Spanish",
            "Vietnam" => "Vietnamese",
            "Indonesia" => "Indonesian",
            "Pakistan" => "Pakistani",
            _ => side,
        };
        return "the " + adjective + " readout";
    }

    private static string CountryName(string side) => side switch
    {
        "United States" or "United Kingdom" or "Netherlands" or "Philippines" or "United Arab Emirates" or "Czech Republic" => "the " + side,
        _ => side,
    };

    private static string? TalksSentence(ToneComparison tone, string leftWho, string rightWho, string leftName, string rightName)
    {
        var left = tone.LeftHeadline;
        var right = tone.RightHeadline;
        if (left is null && right is null)
        {
            return null;
        }

        if (left is null || right is null)
        {
            var (who, headline, silent) = left is not null ? (leftWho, left, rightName) : (rightWho, right!, leftName);
            return Capitalize(who) + " calls the talks " + headline.Text + "; " + silent + " gives no such description.";
        }

        var shared = left.Keys.Intersect(right.Keys, StringComparer.Ordinal).ToList();
        var leftExtra = left.Keys.Except(shared, StringComparer.Ordinal).ToList();
        var rightExtra = right.Keys.Except(shared, StringComparer.Ordinal).ToList();
        if (shared.Count == 0)
        {
            return Capitalize(leftWho) + " calls the talks " + left.Text + "; " + rightWho + " calls them " + right.Text + ".";
        }

        var sb = new StringBuilder("Both sides call the talks ").Append(AndList(shared, int.MaxValue));
        var extras = new List<string>(2);
        if (leftExtra.Count > 0)
        {
            extras.Add("only " + leftWho + " adds " + AndList(leftExtra, int.MaxValue));
        }

        if (rightExtra.Count > 0)
        {
            extras.Add((extras.Count > 0 ? "only " + rightWho + " " : "only " + rightWho + " adds ") + AndList(rightExtra, int.MaxValue));
        }

        if (extras.Count > 0)
        {
            sb.Append("; ").Append(string.Join(", ", extras));
        }

        return sb.Append('.').ToString();
    }

    /// <summary>Firm or warning words (firmness, threat) one readout uses and the other does not, with the topic they bear on.</summary>
    private static List<string> StrongWords(ReadoutAnalysis own, ReadoutAnalysis other)
    {
        var otherKeys = other.ToneHits.Where(h => !h.Negated).Select(h => h.Key).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var hit in own.ToneHits)
        {
            if (hit.Negated || hit.Category is not (ToneCategory.Firmness or ToneCategory.Threat) || otherKeys.Contains(hit.Key) || !seen.Add(hit.Key))
            {
                continue;
            }

            var topic = hit.ClaimId is null ? null : own.Claims.FirstOrDefault(c => c.Id == hit.ClaimId)?.Topics is { } topics ? SpecificTopic(topics) : null;
            var phrase = "\u201C" + hit.Text.ReplaceLineEndings(" ") + "\u201D";
            words.Add(topic is null ? phrase : phrase + " on " + TopicLabel(topic));
        }

        return words;
    }

    /// <summary>The most telling topic of a claim: a specific one (Taiwan) before the general ones (bilateral relations).</summary>
    private static string? SpecificTopic(ImmutableArray<string> topics)
    {
        string? general = null;
        foreach (var topic in topics)
        {
            if (topic is "bilateral-relations" or "leader-diplomacy")
            {
                general ??= topic;
            }
            else if (topic != TopicTaxonomy.Other)
            {
                return topic;
            }
        }

        return general;
    }

    private static string TopicLabel(string id) => InSentence(Label(id));

    /// <summary>The label of a topic id in the built-in taxonomy ("Trade and economy"), or the id itself when it has none.</summary>
    internal static string Label(string id)
    {
        foreach (var topic in TopicTaxonomy.Default.Topics)
        {
            if (topic.Id == id)
            {
                return topic.Label;
            }
        }

        return id;
    }

    /// <summary>A topic label as it reads inside a sentence: "trade and economy", but "Taiwan" and "South China Sea".</summary>
    private static string InSentence(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var isName = words.Length > 1
            ? words.All(w => w.Length > 0 && (char.IsUpper(w[0]) || w is "of" or "and" or "the"))
            : Language.ReadoutLanguage.English.FindCountry(label) is not null || PlaceNames.Contains(label);
        if (isName)
        {
            // A multiword place name takes the article: the South China Sea, the Korean Peninsula, the Middle East.
            return words.Length > 1 ? "the " + label : label;
        }

        return label.Length == 0 ? label : char.ToLowerInvariant(label[0]) + label[1..];
    }

    /// <summary>Single-word topic labels that are places, beyond the country names the library knows.</summary>
    private static readonly HashSet<string> PlaceNames = new(StringComparer.Ordinal) { "Taiwan", "Tibet", "Xinjiang", "Gaza", "Crimea", "Donbas", "Arctic", "Antarctica", "Kashmir" };

    private static string FactName(string name) => name switch
    {
        "requestedBy" => "requester",
        "priorMeeting" => "prior meeting",
        "nextSteps" => "next steps",
        _ => name,
    };

    private static string AndList(List<string> items, int max)
    {
        if (items.Count > max)
        {
            var shown = items.Take(max).ToList();
            return string.Join(", ", shown) + " and " + (items.Count - max).ToString(CultureInfo.InvariantCulture) + " more";
        }

        return items.Count switch
        {
            0 => "",
            1 => items[0],
            2 => items[0] + " and " + items[1],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    private static string Capitalize(string s) => s.Length == 0 || char.IsUpper(s[0]) ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string List(IReadOnlyCollection<string> keys) => keys.Count == 0 ? "(none)" : string.Join(", ", keys);
}
