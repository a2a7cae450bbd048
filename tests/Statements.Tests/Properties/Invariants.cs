using System.Text;

namespace Statements.Tests.Properties;

/// <summary>The structural promises of <see cref="ReadoutAnalysis"/> and <see cref="Comparison"/>, checked on any input.</summary>
internal static class Invariants
{
    /// <summary>
    /// Sentences are in order, non-empty, disjoint and together cover every character of the text that is not
    /// white space exactly once; each sentence's, claim's and tone hit's text is the text at its span; claims and tone
    /// hits lie inside their sentence (a tone hit in a claim lies inside that claim's sentence).
    /// </summary>
    public static void Check(ReadoutAnalysis analysis)
    {
        var text = analysis.Readout.Text;
        var owner = new int[text.Length];
        Array.Fill(owner, -1);
        var previousEnd = 0;
        for (var index = 0; index < analysis.Sentences.Length; index++)
        {
            var sentence = analysis.Sentences[index];
            var span = sentence.Span;
            Require(sentence.Index == index, $"sentence {index} has index {sentence.Index}");
            Require(span.Start >= previousEnd, $"sentence {index} {span} starts before the end of the one before it ({previousEnd})");
            Require(span.Length > 0 && span.End <= text.Length, $"sentence {index} {span} is empty or outside the text ({text.Length})");
            Require(span.Of(text) == sentence.Text, $"sentence {index} {span}: text differs from the span");
            for (var i = span.Start; i < span.End; i++)
            {
                owner[i] = index;
            }

            previousEnd = span.End;
        }

        // White space as the library reads it: the normaliser also reads control, zero-width and format
        // characters and unpaired surrogates as a space (see TextNormalizer), so they may fall between sentences.
        var normalized = ReadoutAnalyzer.Default.Normalizer.Normalize(text);
        for (var i = 0; i < text.Length; i++)
        {
            Require(owner[i] >= 0 || char.IsWhiteSpace(normalized[i]), $"character {i} U+{(int)text[i]:X4} is in no sentence");
        }

        var claimSentence = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var claim in analysis.Claims)
        {
            Require(claim.SentenceIndex >= 0 && claim.SentenceIndex < analysis.Sentences.Length, $"claim {claim.Id} names sentence {claim.SentenceIndex}");
            Require(claim.Span.Length > 0, $"claim {claim.Id} {claim.Span} is empty");
            Require(analysis.Sentences[claim.SentenceIndex].Span.Contains(claim.Span), $"claim {claim.Id} {claim.Span} lies outside its sentence {analysis.Sentences[claim.SentenceIndex].Span}");
            Require(claim.Span.Of(text) == claim.Text, $"claim {claim.Id} {claim.Span}: text differs from the span");
            Require(analysis.Sentences[claim.SentenceIndex].ClaimIds.Contains(claim.Id), $"claim {claim.Id} is not listed by its sentence");
            Require(claimSentence.TryAdd(claim.Id, claim.SentenceIndex), $"claim id {claim.Id} is not unique");
        }

        foreach (var hit in analysis.ToneHits)
        {
            Require(hit.Span.Start >= 0 && hit.Span.Length > 0 && hit.Span.End <= text.Length, $"tone hit {hit.Key} {hit.Span} is empty or outside the text");
            Require(hit.Span.Of(text) == hit.Text, $"tone hit {hit.Key} {hit.Span}: text differs from the span");
            Require(owner[hit.Span.Start] >= 0 && analysis.Sentences[owner[hit.Span.Start]].Span.Contains(hit.Span), $"tone hit {hit.Key} {hit.Span} lies in no one sentence");
            if (hit.ClaimId is not null)
            {
                Require(claimSentence.TryGetValue(hit.ClaimId, out var s), $"tone hit {hit.Key} names unknown claim {hit.ClaimId}");
                Require(analysis.Sentences[s].Span.Contains(hit.Span), $"tone hit {hit.Key} {hit.Span} lies outside the sentence of its claim {hit.ClaimId}");
            }
        }
    }

    /// <summary>Every claim of both sides stands in exactly one row; matched rows have both sides, one-sided rows one.</summary>
    public static void Check(Comparison comparison)
    {
        Check(comparison.Left);
        Check(comparison.Right);
        var left = comparison.Rows.SelectMany(r => r.Left).Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
        var right = comparison.Rows.SelectMany(r => r.Right).Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
        Require(left.SequenceEqual(comparison.Left.Claims.Select(c => c.Id).Order(StringComparer.Ordinal)), "left claims and rows differ");
        Require(right.SequenceEqual(comparison.Right.Claims.Select(c => c.Id).Order(StringComparer.Ordinal)), "right claims and rows differ");
        foreach (var row in comparison.Rows)
        {
            var ok = row.Kind switch
            {
                RowKind.LeftOnly => row.Left.Length > 0 && row.Right.Length == 0,
                RowKind.RightOnly => row.Right.Length > 0 && row.Left.Length == 0,
                RowKind.Weak => row.Left.Length + row.Right.Length == 1 && row.Nearest is not null,
                _ => row.Left.Length > 0 && row.Right.Length > 0,
            };
            Require(ok, $"row {row.Kind} has {row.Left.Length} left and {row.Right.Length} right claims");
        }

        var leftIds = comparison.Left.Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var rightIds = comparison.Right.Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var link in comparison.Links)
        {
            Require(leftIds.Contains(link.Left.Id) && rightIds.Contains(link.Right.Id), $"link {link.Left.Id}-{link.Right.Id} names a claim its readouts do not have");
            Require(link.Score is >= 0 and <= 1, $"link {link.Left.Id}-{link.Right.Id} has score {link.Score}");
        }

        Require(comparison.Links.Select(k => (k.Left.Id, k.Right.Id)).Distinct().Count() == comparison.Links.Length, "a pair of claims is linked twice");
    }

    /// <summary>
    /// The side-independent content of a comparison, written from the left's point of view. Mirror of
    /// compare(a, b) is compare(b, a) when: each matched row (shared or divergent) pairs the same claims
    /// with the same kind, sides swapped; each left-only row of one is a right-only row of the other with the
    /// same claims and the same flag for a claim attributed to the other side; matched rows keep their score; the shared tone keys are the same and each side's own keys swap; and each engagement fact
    /// has its two values swapped. Claims are named by their span in their own readout (ids carry the side).
    /// Rows are compared as a set; their order follows the left readout and may differ.
    /// </summary>
    public static string MirrorKey(Comparison comparison, bool swap)
    {
        static string Claims(IEnumerable<Claim> claims) => string.Join("+", claims.Select(c => c.Span.ToString()).Order(StringComparer.Ordinal));
        string Kind(RowKind kind) => (kind, swap) switch
        {
            (RowKind.LeftOnly, false) or (RowKind.RightOnly, true) => "first-only",
            (RowKind.RightOnly, false) or (RowKind.LeftOnly, true) => "second-only",
            _ => kind.ToString(),
        };

        var rows = comparison.Rows
            .Select(r => $"{Kind(r.Kind)} {r.Score?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}{(r.AttributedToOtherSide ? " attributed" : "")}: {Claims(swap ? r.Right : r.Left)} | {Claims(swap ? r.Left : r.Right)}")
            .Order(StringComparer.Ordinal);
        var links = comparison.Links
            .Select(k => $"link {k.Relation} {k.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}: {(swap ? k.Right : k.Left).Span} | {(swap ? k.Left : k.Right).Span}")
            .Order(StringComparer.Ordinal);
        var tone = comparison.Tone;
        var facts = comparison.Engagement.Facts
            .Select(f => $"{f.Name}={(swap ? f.Right : f.Left)}|{(swap ? f.Left : f.Right)}")
            .Order(StringComparer.Ordinal);
        var builder = new StringBuilder();
        builder.AppendLine(string.Join("\n", rows));
        builder.AppendLine(string.Join("\n", links));
        builder.AppendLine("tone shared: " + string.Join(",", tone.Shared.Order(StringComparer.Ordinal)));
        builder.AppendLine("tone first: " + string.Join(",", (swap ? tone.RightOnly : tone.LeftOnly).Order(StringComparer.Ordinal)));
        builder.AppendLine("tone second: " + string.Join(",", (swap ? tone.LeftOnly : tone.RightOnly).Order(StringComparer.Ordinal)));
        builder.AppendLine("facts: " + string.Join("; ", facts));
        return builder.ToString();
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantException(message);
        }
    }
}

/// <summary>A broken invariant.</summary>
internal sealed class InvariantException(string message) : Exception(message);
