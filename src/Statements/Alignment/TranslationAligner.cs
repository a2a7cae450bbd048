using System.Collections.Immutable;
using Statements.Language;
using Statements.Text;

namespace Statements.Alignment;

/// <summary>
/// Aligns the sentences of a Chinese original with those of its English translation, monotonically, in the way of Gale
/// and Church (1993): dynamic programming over the two sentence sequences, each step pairing one or two sentences of
/// the original with up to three of the translation (Chinese packs into one sentence what English spreads over
/// several) or leaving a sentence of either side alone, at a cost that grows as the lengths fall away from the
/// expected ratio and shrinks with the anchors the two sides share: names of people, numbers, countries, topics and
/// the glossary's formulations. A text whose header says it is partial may end (or start) anywhere: the comparison
/// stops at its end and says so (a partial text is taken to be the opening of the readout, as a stored copy that breaks off is). Immutable and thread-safe.
/// </summary>
internal sealed class TranslationAligner
{
    /// <summary>English characters (without spaces) per Chinese character in a translation: the median over the corpus's sentence pairs is about 3.</summary>
    public const double LengthRatio = 3.6;

    /// <summary>The variance of that ratio per Chinese character (Gale and Church's s², larger across these two languages).</summary>
    public const double LengthVariance = 25.0;

    /// <summary>The cost of leaving a sentence without counterpart.</summary>
    public const double Skip = 4.5;

    /// <summary>The extra cost of a pairing other than one-to-one.</summary>
    public const double MergeCost = 1.5;

    /// <summary>How much shared anchors lower the cost (times their share, up to three anchors).</summary>
    public const double AnchorWeight = 3.0;

    private static readonly (int Original, int Translation)[] Steps = [(1, 1), (1, 2), (2, 1), (1, 3), (1, 0), (0, 1)];

    private readonly ReadoutLanguage english;
    private readonly ReadoutLanguage chinese;
    private readonly HashSet<string> nameWords;

    public TranslationAligner(ReadoutLanguage english, ReadoutLanguage chinese)
    {
        this.english = ModelLinker.Bridged(english, chinese);
        this.chinese = chinese;
        nameWords = [.. chinese.People.SelectMany(p => NameWords(p.Name))];
    }

    public TranslationComparison Align(ReadoutAnalysis original, ReadoutAnalysis translation, CancellationToken cancellationToken = default)
    {
        var left = Content(original);
        var right = Content(translation);
        var leftAnchors = left.Select(s => Anchors(chinese, s.Text)).ToArray();
        var rightAnchors = right.Select(s => Anchors(english, s.Text)).ToArray();
        var (n, m) = (left.Count, right.Count);
        var cost = new double[n + 1, m + 1];
        var back = new int[n + 1, m + 1];
        for (var i = 0; i <= n; i++)
        {
            for (var j = 0; j <= m; j++)
            {
                cost[i, j] = i == 0 && j == 0 ? 0 : double.PositiveInfinity;
                back[i, j] = -1;
            }
        }

        for (var i = 0; i <= n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var j = 0; j <= m; j++)
            {
                for (var s = 0; s < Steps.Length; s++)
                {
                    var (di, dj) = Steps[s];
                    if (i < di || j < dj || double.IsPositiveInfinity(cost[i - di, j - dj]))
                    {
                        continue;
                    }

                    var c = cost[i - di, j - dj] + StepCost(left, right, leftAnchors, rightAnchors, i - di, di, j - dj, dj);
                    if (c < cost[i, j])
                    {
                        cost[i, j] = c;
                        back[i, j] = s;
                    }
                }
            }
        }

        // The end: both texts' ends, or, where one is partial, wherever that one ends.
        var (endI, endJ) = (n, m);
        if (IsPartial(translation) || IsPartial(original))
        {
            var best = cost[n, m];
            for (var i = 0; i <= n; i++)
            {
                if (IsPartial(translation) && cost[i, m] < best)
                {
                    (best, endI, endJ) = (cost[i, m], i, m);
                }
            }

            for (var j = 0; j <= m; j++)
            {
                if (IsPartial(original) && cost[n, j] < best)
                {
                    (best, endI, endJ) = (cost[n, j], n, j);
                }
            }
        }

        var pairs = new List<SentencePair>();
        var omitted = new List<Sentence>();
        var added = new List<Sentence>();
        var renderings = new List<FormulationRendering>();
        var (ci, cj) = (endI, endJ);
        while (ci > 0 || cj > 0)
        {
            var s = back[ci, cj];
            if (s < 0)
            {
                break;
            }

            var (di, dj) = Steps[s];
            var originals = left.Skip(ci - di).Take(di).ToImmutableArray();
            var translations = right.Skip(cj - dj).Take(dj).ToImmutableArray();
            if (di == 0)
            {
                added.InsertRange(0, translations);
            }
            else if (dj == 0)
            {
                omitted.InsertRange(0, originals);
            }
            else
            {
                var pair = new SentencePair(originals, translations, Evidence(leftAnchors, ci - di, di, rightAnchors, cj - dj, dj));
                pairs.Insert(0, pair);
                renderings.InsertRange(0, Deviations(original.Readout.Text, pair));
            }

            (ci, cj) = (ci - di, cj - dj);
        }

        return new TranslationComparison(original, translation, [.. pairs], [.. omitted], [.. added], [.. renderings])
        {
            StoppedShort = Short(original, translation, left, right, endI, endJ),
        };
    }

    /// <summary>The sentences that hold text of the readout (not header-like metadata).</summary>
    private static List<Sentence> Content(ReadoutAnalysis analysis) =>
        [.. analysis.Sentences.Where(s => s.Kind is not (SentenceKind.Metadata or SentenceKind.Boilerplate) && s.Text.Any(char.IsLetterOrDigit))];

    private static bool IsPartial(ReadoutAnalysis analysis) =>
        analysis.Readout.Headers.TryGetValue("partial", out var value) && !value.TrimStart().StartsWith("no", StringComparison.OrdinalIgnoreCase);

    private static double StepCost(List<Sentence> left, List<Sentence> right, Dictionary<string, double>[] leftAnchors, Dictionary<string, double>[] rightAnchors, int i, int di, int j, int dj)
    {
        if (di == 0 || dj == 0)
        {
            return Skip;
        }

        double l1 = 0, l2 = 0;
        for (var k = i; k < i + di; k++)
        {
            l1 += Letters(left[k].Text);
        }

        for (var k = j; k < j + dj; k++)
        {
            l2 += Letters(right[k].Text);
        }

        var delta = (l2 - (l1 * LengthRatio)) / Math.Sqrt(Math.Max(1, l1) * LengthVariance);
        var lengthCost = delta * delta / 2;
        var anchors = AnchorSimilarity(leftAnchors, i, di, rightAnchors, j, dj);
        // Anchors lower the cost from AnchorWeight (none shared) to 0 (three or more), so a pairing never costs less
        // than nothing: a negative cost would reward cutting a long sentence into many short pairings.
        return lengthCost + (di == 1 && dj == 1 ? 0 : MergeCost * (di + dj - 2)) + (AnchorWeight * (1 - anchors));
    }

    private static int Letters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// A sentence's anchors: its profile's terms and entities, and "person:" keys for the words of the canonical names of
    /// the Chinese people list, found in Chinese by their forms and in English by the words themselves ("Xi", "Biden").
    /// </summary>
    private Dictionary<string, double> Anchors(ReadoutLanguage language, string text)
    {
        var profile = ClaimProfile.Build(language, text, Speakers.Narrator);
        var anchors = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, weight) in profile.Terms.Concat(profile.Entities))
        {
            anchors[key] = weight;
        }

        var normalized = language.Normalizer.Normalize(text);
        var tokens = WordTokenizer.Tokenize(normalized);
        if (ReferenceEquals(language, chinese))
        {
            foreach (var match in chinese.PeopleMatcher.FindAll(tokens, normalized))
            {
                foreach (var word in NameWords(match.Value.Name))
                {
                    anchors["person:" + word] = 1;
                }
            }
        }
        else
        {
            for (var t = 0; t < tokens.Count; t++)
            {
                var word = tokens[t].LowerString();
                if (nameWords.Contains(word))
                {
                    anchors["person:" + word] = 1;
                }
            }
        }

        return anchors;
    }

    private static IEnumerable<string> NameWords(string name) =>
        name.ToLowerInvariant().Split([' ', '-', '.', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 2);

    private static double AnchorSimilarity(Dictionary<string, double>[] left, int i, int di, Dictionary<string, double>[] right, int j, int dj)
    {
        var (a, b) = (Merge(left, i, di), Merge(right, j, dj));
        var terms = Shared(a, b);
        return Math.Min(1, terms / 3.0);
    }

    private static Dictionary<string, double> Merge(Dictionary<string, double>[] profiles, int from, int count)
    {
        var merged = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var k = from; k < from + count; k++)
        {
            foreach (var (key, weight) in profiles[k])
            {
                merged[key] = Math.Max(weight, merged.GetValueOrDefault(key));
            }
        }

        return merged;
    }

    /// <summary>The anchors two stretches share: language-neutral keys only (countries, people, numbers, months, glossary concepts).</summary>
    private static double Shared(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        double shared = 0;
        foreach (var (key, _) in a)
        {
            if (IsNeutral(key) && b.ContainsKey(key))
            {
                shared++;
            }
        }

        return shared;
    }

    private static bool IsNeutral(string key) =>
        key.StartsWith("country:", StringComparison.Ordinal) || key.StartsWith("person:", StringComparison.Ordinal)
        || key.StartsWith("number:", StringComparison.Ordinal) || (key.StartsWith('~') && key != ClaimProfile.CharacterTerm);

    private static ImmutableArray<string> Evidence(Dictionary<string, double>[] left, int i, int di, Dictionary<string, double>[] right, int j, int dj)
    {
        var (a, b) = (Merge(left, i, di), Merge(right, j, dj));
        return [.. a.Keys.Where(k => IsNeutral(k) && b.ContainsKey(k)).Order(StringComparer.Ordinal).Select(Describe)];
    }

    private static string Describe(string key) => key.StartsWith('~') ? "formulation: " + key[1..] : key.Replace(":", ": ", StringComparison.Ordinal);

    /// <summary>The glossary formulations of the pair's original whose standard renderings its translation lacks.</summary>
    private IEnumerable<FormulationRendering> Deviations(string text, SentencePair pair)
    {
        var translated = string.Join(" ", pair.Translation.Select(s => s.Text));
        var translationProfile = ClaimProfile.Build(english, translated, Speakers.Narrator);
        foreach (var sentence in pair.Original)
        {
            var normalized = chinese.Normalizer.Normalize(sentence.Text);
            var tokens = WordTokenizer.Tokenize(normalized);
            foreach (var match in chinese.ConceptMatcher.FindAll(tokens, normalized))
            {
                var entry = chinese.Glossary.FirstOrDefault(g => g.Concept == match.Value);
                if (entry is null || translationProfile.Terms.ContainsKey(entry.Concept))
                {
                    continue;
                }

                var start = tokens[match.FirstToken].Start;
                var end = tokens[match.FirstToken + match.TokenCount - 1].End;
                var span = new Span(sentence.Span.Start + start, end - start);
                yield return new FormulationRendering(entry, text.Substring(span.Start, span.Length), span, pair);
            }
        }
    }

    private static string? Short(ReadoutAnalysis original, ReadoutAnalysis translation, List<Sentence> left, List<Sentence> right, int endI, int endJ)
    {
        if (endI < left.Count)
        {
            return $"The {Name(translation)} is partial: the comparison stops at its end, after sentence {endI} of the {left.Count} of the {Name(original)}.";
        }

        return endJ < right.Count
            ? $"The {Name(original)} is partial: the comparison stops at its end, after sentence {endJ} of the {right.Count} of the {Name(translation)}."
            : null;
    }

    private static string Name(ReadoutAnalysis analysis) => (ScriptDetector.IsChinese(analysis.Readout) ? "Chinese" : "English") + " text";
}
