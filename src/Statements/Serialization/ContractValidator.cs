using System.Globalization;

namespace Statements.Serialization;

/// <summary>
/// Checks a read contract document field by field before it is mapped: an explicit <c>null</c> where a string, an
/// array or an object is required, a <c>null</c> element in an array, a number outside its range (offsets and
/// counts below zero, a score outside 0..1, a valence or cue strength that is not a plain finite number in its
/// range, a sentence index outside the readout), a duplicate claim id, a sentence or tone hit naming a claim the
/// readout lacks. Every problem is collected with its JSON path (<c>readouts[0].claims[3].text</c>), and one
/// <see cref="FormatException"/> reports them all, the first one first.
/// </summary>
internal sealed class ContractValidator
{
    /// <summary>The largest magnitude of a tone valence: the lexicon's ±3 times the strongest booster, with room.</summary>
    public const double MaxValence = 10;

    /// <summary>The largest cue strength: the cues go from 1 (said) to 3 (stressed), with room.</summary>
    public const double MaxCueStrength = 10;

    private const int MaxListed = 20;

    private readonly List<string> problems = [];

    public static void Check(ComparisonDocument document)
    {
        var validator = new ContractValidator();
        validator.Comparison(document);
        validator.ThrowIfAny();
    }

    public static void Check(ReadoutDocument document, string where)
    {
        var validator = new ContractValidator();
        validator.Readout(document, where);
        validator.ThrowIfAny();
    }

    private void ThrowIfAny()
    {
        if (problems.Count == 0)
        {
            return;
        }

        var listed = string.Join("; ", problems.Take(MaxListed));
        throw new FormatException(problems.Count switch
        {
            1 => listed,
            <= MaxListed => $"{listed} ({problems.Count} problems)",
            _ => $"{listed}; and {problems.Count - MaxListed} more ({problems.Count} problems)",
        });
    }

    private void Problem(string where, string what) => problems.Add($"{where}: {what}");

    private bool Required(object? value, string where, string what)
    {
        if (value is null)
        {
            Problem(where, $"null or missing where {what} is required");
            return false;
        }

        return true;
    }

    private void Strings(string[]? values, string where)
    {
        if (!Required(values, where, "an array of strings"))
        {
            return;
        }

        for (var i = 0; i < values!.Length; i++)
        {
            Required(values[i], $"{where}[{i}]", "a string");
        }
    }

    private void Range(double value, double min, double max, string where)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            Problem(where, string.Create(CultureInfo.InvariantCulture, $"{value} is outside {min}..{max}"));
        }
    }

    private void NotNegative(int value, string where)
    {
        if (value < 0)
        {
            Problem(where, string.Create(CultureInfo.InvariantCulture, $"{value} is below 0"));
        }
    }

    private T[] Items<T>(T[]? items, string where)
        where T : class
    {
        if (!Required(items, where, "an array"))
        {
            return [];
        }

        var present = new List<T>(items!.Length);
        for (var i = 0; i < items.Length; i++)
        {
            if (Required(items[i], $"{where}[{i}]", "an object"))
            {
                present.Add(items[i]);
            }
        }

        return items.Length == present.Count ? items : [];
    }

    private void Comparison(ComparisonDocument d)
    {
        Required(d.Schema, "schema", "a string");
        if (d.Engagement is { } e)
        {
            Required(e.Format, "engagement.format", "a string");
            Strings(e.Participants, "engagement.participants");
            var facts = Items(e.Facts, "engagement.facts");
            for (var i = 0; i < facts.Length; i++)
            {
                Required(facts[i].Name, $"engagement.facts[{i}].name", "a string");
                Required(facts[i].Values, $"engagement.facts[{i}].values", "an object");
            }
        }

        var readouts = Items(d.Readouts, "readouts");
        for (var i = 0; i < readouts.Length; i++)
        {
            Readout(readouts[i], $"readouts[{i}]");
        }

        if (readouts.Length == 2 && readouts[0].Id is { } leftId && leftId == readouts[1].Id)
        {
            Problem("readouts[1].id", $"\"{leftId}\" is the id of readouts[0] too");
        }

        var rows = Items(d.Rows, "rows");
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            var at = $"rows[{i}]";
            Required(r.Kind, at + ".kind", "a string");
            Strings(r.Left, at + ".left");
            Strings(r.Right, at + ".right");
            Strings(r.Topics, at + ".topics");
            Strings(r.Reasons, at + ".reasons");
            Strings(r.LeftTone, at + ".leftTone");
            Strings(r.RightTone, at + ".rightTone");
            if (r.Score is { } score)
            {
                Range(score, 0, 1, at + ".score");
            }

            var diff = Items(r.Diff, at + ".diff");
            for (var j = 0; j < diff.Length; j++)
            {
                Required(diff[j].Op, $"{at}.diff[{j}].op", "a string");
                Required(diff[j].Text, $"{at}.diff[{j}].text", "a string");
            }

            if (r.Evidence is not null)
            {
                Strings(r.Evidence, at + ".evidence");
            }

            if (r.GeneralCounterparts is not null)
            {
                Strings(r.GeneralCounterparts, at + ".generalCounterparts");
            }

            if (r.NeverNamedByOther is not null)
            {
                Strings(r.NeverNamedByOther, at + ".neverNamedByOther");
            }

            if (r.Nearest is { } nearest)
            {
                Required(nearest.Claim, at + ".nearest.claim", "a string");
                Range(nearest.Score, 0, 1, at + ".nearest.score");
            }
        }

        if (d.Links is { } links)
        {
            var items = Items(links, "links");
            for (var i = 0; i < items.Length; i++)
            {
                var at = $"links[{i}]";
                Required(items[i].Left, at + ".left", "a string");
                Required(items[i].Right, at + ".right", "a string");
                Required(items[i].Relation, at + ".relation", "a string");
                Range(items[i].Score, 0, 1, at + ".score");
                Strings(items[i].Reasons, at + ".reasons");
                Strings(items[i].Evidence, at + ".evidence");
            }
        }

        if (d.Coverage is { } coverage)
        {
            var items = Items(coverage, "coverage");
            for (var i = 0; i < items.Length; i++)
            {
                Required(items[i].Topic, $"coverage[{i}].topic", "a string");
                Strings(items[i].Left, $"coverage[{i}].left");
                Strings(items[i].Right, $"coverage[{i}].right");
            }
        }

        if (Required(d.Tone, "tone", "an object"))
        {
            Strings(d.Tone!.Shared, "tone.shared");
            Strings(d.Tone.LeftOnly, "tone.leftOnly");
            Strings(d.Tone.RightOnly, "tone.rightOnly");
        }
    }

    private void Readout(ReadoutDocument r, string where)
    {
        Required(r.Id, where + ".id", "a string");
        Required(r.Side, where + ".side", "a string");
        var textLength = Required(r.Text, where + ".text", "a string") ? r.Text!.Length : int.MaxValue;
        if (r.Headers is { } headers)
        {
            foreach (var (key, value) in headers)
            {
                Required(value, $"{where}.headers.{key}", "a string");
            }
        }

        if (r.Scope is { } scope)
        {
            var spans = Items(scope, where + ".scope");
            for (var i = 0; i < spans.Length; i++)
            {
                Span(spans[i], textLength, $"{where}.scope[{i}]");
            }
        }

        var participants = Items(r.Participants, where + ".participants");
        for (var i = 0; i < participants.Length; i++)
        {
            Required(participants[i].Name, $"{where}.participants[{i}].name", "a string");
            Strings(participants[i].Titles, $"{where}.participants[{i}].titles");
            Strings(participants[i].Mentions, $"{where}.participants[{i}].mentions");
        }

        var claims = Items(r.Claims, where + ".claims");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Length; i++)
        {
            var c = claims[i];
            var at = $"{where}.claims[{i}]";
            if (Required(c.Id, at + ".id", "a string") && !ids.Add(c.Id))
            {
                Problem(at + ".id", $"\"{c.Id}\" is the id of an earlier claim too");
            }

            Required(c.Speaker, at + ".speaker", "a string");
            Required(c.Text, at + ".text", "a string");
            Required(c.Modality, at + ".modality", "a string");
            Strings(c.Topics, at + ".topics");
            Span(c.Span, textLength, at + ".span");
            if (c.CueStrength is { } strength)
            {
                Range(strength, 0, MaxCueStrength, at + ".cueStrength");
            }
        }

        var sentences = Items(r.Sentences, where + ".sentences");
        for (var i = 0; i < sentences.Length; i++)
        {
            var s = sentences[i];
            var at = $"{where}.sentences[{i}]";
            Required(s.Kind, at + ".kind", "a string");
            Span(s.Span, textLength, at + ".span");
            NotNegative(s.Paragraph, at + ".paragraph");
            Strings(s.Claims, at + ".claims");
            foreach (var id in s.Claims ?? [])
            {
                if (id is not null && ids.Count > 0 && !ids.Contains(id))
                {
                    Problem(at + ".claims", $"names claim \"{id}\", which the readout does not have");
                }
            }
        }

        for (var i = 0; i < claims.Length; i++)
        {
            if (claims[i].Sentence is { } index && (index < -1 || index >= sentences.Length))
            {
                Problem($"{where}.claims[{i}].sentence", string.Create(CultureInfo.InvariantCulture, $"{index} is outside -1..{sentences.Length - 1}"));
            }
        }

        Strings(r.Topics, where + ".topics");
        var hits = Items(r.ToneHits, where + ".toneHits");
        for (var i = 0; i < hits.Length; i++)
        {
            var h = hits[i];
            var at = $"{where}.toneHits[{i}]";
            Required(h.Key, at + ".key", "a string");
            Required(h.Text, at + ".text", "a string");
            Required(h.Category, at + ".category", "a string");
            Span(h.Span, textLength, at + ".span");
            Range(h.Valence, -MaxValence, MaxValence, at + ".valence");
            if (h.Claim is { } claim && !ids.Contains(claim))
            {
                Problem(at + ".claim", $"names claim \"{claim}\", which the readout does not have");
            }
        }

        if (r.ToneScore is { } toneScore)
        {
            Range(toneScore, -3, 3, where + ".toneScore");
        }

        if (r.ToneProfile is { } profile)
        {
            foreach (var (category, tally) in profile)
            {
                if (Required(tally, $"{where}.toneProfile.{category}", "an object"))
                {
                    NotNegative(tally.Count, $"{where}.toneProfile.{category}.count");
                    Range(tally.Valence, -MaxValence * 1e6, MaxValence * 1e6, $"{where}.toneProfile.{category}.valence");
                }
            }
        }
    }

    private void Span(SpanDocument? span, int textLength, string where)
    {
        if (!Required(span, where, "a span"))
        {
            return;
        }

        if (span!.Start < 0 || span.Length < 0 || span.Start > textLength - span.Length)
        {
            Problem(where, string.Create(CultureInfo.InvariantCulture, $"[{span.Start}, +{span.Length}) does not lie inside the text of {textLength} characters"));
        }
    }
}
