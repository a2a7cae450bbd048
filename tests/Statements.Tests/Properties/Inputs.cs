using CsCheck;

namespace Statements.Tests.Properties;

/// <summary>
/// Generators for the property tests: random text built from fragments that stress the pipeline (odd Unicode,
/// long runs of dots, quotes, spaces and initials, markup) and mutations of real readouts.
/// </summary>
internal static class Inputs
{
    /// <summary>
    /// Iteration count for a property: <paramref name="n"/> times the environment variable
    /// STATEMENTS_PROPERTY_SCALE (default 1), so a deeper run (e.g. 20) needs no code change.
    /// </summary>
    public static long Iter(long n) =>
        long.TryParse(Environment.GetEnvironmentVariable("STATEMENTS_PROPERTY_SCALE"), out var scale) && scale > 0 ? n * scale : n;

    /// <summary>Words and punctuation a readout is made of, so that random text reaches the claim and tone rules.</summary>
    private static readonly string[] Words =
    [
        "President", "Xi", "Jinping", "Biden", "Putin", "said", "stressed", "emphasized", "noted", "raised concerns",
        "the two leaders", "both sides", "agreed", "will", "should", "not", "firmly opposes", "Taiwan", "trade",
        "climate", "candid", "constructive", "in-depth", "U.S.", "Mr.", "Dr.", "Jan.", "No.", "St.", "etc.", "e.g.",
        "He", "She", "They", "that", "the", "and", "a", "call", "on", "April", "2", "2024", "1,5", "3.14", "12:30",
        "Istanbul", "İstanbul", "ıI", "TITLE", "said:", "—", "–", "-", ",", ";", ":", ".", "!", "?", "…", "...",
        "\"", "'", "“", "”", "‘", "’", "«", "»", "(", ")", "[", "]", "{", "}", "###", "Readout", "Leave a Reply",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u3000", "\u2028", "\u2029", "\u0085", "\v", "\f"];

    /// <summary>Unicode that real-world text and broken encodings bring in.</summary>
    private static readonly string[] Odd =
    [
        "习近平表示", "中美关系", "。", "，", "“台独”", "Путин заявил", "Россия", "مرحبا", "\u200F", "\u200E", "\u202E", "\u2066", "\u2069",
        "😀", "👍🏽", "👨‍👩‍👧", "🇨🇳", "\uD83D", "\uDE00", "\uDBFF", "\uDC00x", "e\u0301", "\u0301", "\u0301\u0301\u0301", "a\u20DD",
        "\u0000", "\u0001", "\u0007", "\u001B[31m", "\u007F", "\u009F", "\uFFFD", "\uFEFF", "\uFFFE", "\uFFFF", "\u200B", "\u00AD",
        "ﬁ", "Ⅻ", "①", "ǅ", "ß", "ẞ", "Σ", "ς", "İ", "ı", "K", "Å", "\U0001D400", "\u0345", "ᾳ",
    ];

    /// <summary>Markup that scraped pages leave in text.</summary>
    public static readonly string[] Markup =
    [
        "<p>", "</p>", "<br/>", "<b>", "</div>", "<script>alert(1)</script>", "<!-- x -->", "&amp;", "&#x27;", "&nbsp;",
        "[1]", "**", "__", "# ", "> ", "| a | b |", "```", "<a href=\"https://example.org/?q=\"said\"\">link</a>", "\\n",
    ];

    /// <summary>Header-block lines (<c>key: value</c> ended by <c>---</c>) and broken ones.</summary>
    private static readonly string[] Headers =
    [
        "side: China\n", "publisher: The White House\n", "date: 2024-04-02\n", "title: Readout\n", "---\n", "\n---\n", "---",
        "side:\n", ": x\n", "language: en\n", "SIDE: Russia\n", "side: 中国\n", "publisher: \n",
    ];

    private static Gen<string> Run(string unit, int max) => Gen.Int[1, max].Select(n => string.Concat(Enumerable.Repeat(unit, n)));

    /// <summary>Long runs of one pattern: dots, quotes, spaces, initials, brackets, newlines.</summary>
    private static readonly Gen<string> Runs = Gen.OneOf(
        Run(".", 300), Run("\"", 200), Run("'", 100), Run(" ", 300), Run("A. ", 80), Run("A.", 80), Run("U.S. ", 40),
        Run("(", 60), Run(")", 60), Run("([{", 40), Run("\n", 80), Run("…", 50), Run("Mr. ", 40), Run("said ", 40),
        Run("- ", 30), Run("“", 50), Run("”", 50));

    /// <summary>Any UTF-16 code unit, surrogates and controls included.</summary>
    private static readonly Gen<string> AnyChars = Gen.String[Gen.Char, 0, 20];

    private static readonly Gen<string> Fragment = Gen.Frequency(
        (30, Gen.OneOf(Words)),
        (20, Gen.OneOf(Separators)),
        (10, Gen.OneOf(Odd)),
        (4, Gen.OneOf(Markup)),
        (3, Gen.OneOf(Headers)),
        (3, Runs),
        (5, AnyChars));

    /// <summary>Random text of up to a few hundred fragments.</summary>
    public static readonly Gen<string> Text = Fragment.Array[0, 200].Select(parts => string.Concat(parts));

    /// <summary>The seed readouts: the built-in samples, plus a handful of real ones when ../shared is present.</summary>
    public static readonly Lazy<IReadOnlyList<string>> Seeds = new(() =>
    {
        var seeds = new List<string> { Readouts.SampleChina.Text, Readouts.SampleUnitedStates.Text };
        var root = SharedCorpus.Path;
        if (root is not null)
        {
            var wh = Directory.GetFiles(Path.Combine(root, "corpus", "wh-readouts"), "*.txt").Order(StringComparer.Ordinal).ToList();
            // A handful spread over the years, not just the first files.
            seeds.AddRange(Enumerable.Range(0, 6).Select(i => wh[i * (wh.Count - 1) / 5]).Select(f => Readout.Load(f).Text));
            seeds.AddRange(SharedCorpus.Pairs(root).Take(3).SelectMany(p => new[] { p.Left, p.Right }).Select(f => Readout.Load(f).Text));
        }

        return seeds;
    });

    /// <summary>One edit of a text; positions are fractions of the text's length, so edits shrink well.</summary>
    public sealed record Mutation(MutationKind Kind, double At, double To, int Pick)
    {
        public override string ToString() => $"{Kind}@{At:F3}/{To:F3}#{Pick}";
    }

    public enum MutationKind { DeleteSentence, DuplicateSentence, SwapSentences, InsertJunk, ChangeCase, Truncate, InjectMarkup }

    private static readonly Gen<Mutation> OneMutation = Gen.Select(Gen.Enum<MutationKind>(), Gen.Double[0, 1], Gen.Double[0, 1], Gen.Int[0, 1000])
        .Select((kind, at, to, pick) => new Mutation(kind, at, to, pick));

    /// <summary>A seed index, a list of edits, and junk to insert.</summary>
    public static readonly Gen<(int Seed, Mutation[] Edits, string Junk)> Mutated =
        Gen.Select(Gen.Int[0, 1000], OneMutation.Array[1, 8], Fragment.Array[1, 6].Select(p => string.Concat(p)));

    /// <summary>Applies the edits to the seed they name.</summary>
    public static string Apply((int Seed, Mutation[] Edits, string Junk) input)
    {
        var text = Seeds.Value[input.Seed % Seeds.Value.Count];
        foreach (var edit in input.Edits)
        {
            text = Apply(text, edit, input.Junk);
        }

        return text;
    }

    private static int Position(string text, double fraction) => Math.Clamp((int)(fraction * text.Length), 0, text.Length);

    private static string Apply(string text, Mutation edit, string junk)
    {
        var sentences = RoughSentences(text);
        int Pick(double fraction) => Math.Clamp((int)(fraction * sentences.Count), 0, Math.Max(0, sentences.Count - 1));
        switch (edit.Kind)
        {
            case MutationKind.DeleteSentence when sentences.Count > 0:
                sentences.RemoveAt(Pick(edit.At));
                return string.Concat(sentences);
            case MutationKind.DuplicateSentence when sentences.Count > 0:
                var i = Pick(edit.At);
                sentences.Insert(i, sentences[i]);
                return string.Concat(sentences);
            case MutationKind.SwapSentences when sentences.Count > 1:
                var (a, b) = (Pick(edit.At), Pick(edit.To));
                (sentences[a], sentences[b]) = (sentences[b], sentences[a]);
                return string.Concat(sentences);
            case MutationKind.InsertJunk:
                return text.Insert(Position(text, edit.At), junk);
            case MutationKind.ChangeCase:
                var (from, to) = (Position(text, Math.Min(edit.At, edit.To)), Position(text, Math.Max(edit.At, edit.To)));
                var middle = text[from..to];
                middle = (edit.Pick % 3) switch
                {
                    0 => middle.ToUpperInvariant(),
                    1 => middle.ToLowerInvariant(),
                    _ => new string(middle.Select((c, k) => k % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToArray()),
                };
                return text[..from] + middle + text[to..];
            case MutationKind.Truncate:
                return text[..Position(text, edit.At)];
            case MutationKind.InjectMarkup:
                return text.Insert(Position(text, edit.At), Markup[edit.Pick % Markup.Length]);
            default:
                return text;
        }
    }

    /// <summary>Cuts a text after ". ", "? ", "! " and line breaks, keeping every character, for sentence-level edits.</summary>
    private static List<string> RoughSentences(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] == '\n' || (text[i] is '.' or '?' or '!' && i + 1 < text.Length && text[i + 1] == ' ');
            if (end)
            {
                pieces.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            pieces.Add(text[start..]);
        }

        return pieces;
    }
}
