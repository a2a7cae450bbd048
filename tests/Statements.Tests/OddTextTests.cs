namespace Statements.Tests;

/// <summary>In-memory strings with odd characters analyse without exception, and every span stays valid.</summary>
public class OddTextTests
{
    private const string Base = "President Xi Jinping said that China and the United States should respect each other. President Biden stressed that the two sides must keep talking.";

    public static TheoryData<string, string> Texts => new()
    {
        { "control characters", "President Xi said\u0001 that\u0007 China\u001B[31m values\u0000 peace.\u0085 President Biden stressed\u000B that\u000C talks\u007F matter." },
        { "lone high surrogate", "President Xi said that China \uD800values peace. President Biden stressed that talks \uD83D matter." },
        { "lone low surrogate", "\uDC00President Xi said that China values peace.\uDFFF President Biden stressed that talks matter.\uDC00" },
        { "replacement characters", "President Xi said that \uFFFD\uFFFD China values peace. President Biden \uFFFDstressed that talks matter.\uFFFD" },
        { "bidirectional marks", "\u202BPresident Xi said that\u200F China values peace.\u202C President\u200E Biden stressed that\u2067 talks\u2069 matter." },
        { "Arabic and Hebrew", "الرئيس شي قال إن الصين تقدر السلام. President Biden stressed that עם ישראל talks matter." },
        { "emoji", "President Xi 🇨🇳 said that China values peace 🕊️. President Biden 👨🏽‍💼 stressed that talks matter 🤝🏿." },
        { "combining marks", "Pre\u0301sident Xi\u0308 said that Chi\u0327na values pe\u0301a\u0301ce. President Bide\u0303n stressed that talks matter\u20DD." },
        { "Chinese", "习近平主席表示，中美双方应当相互尊重。拜登总统强调，双方必须保持沟通。President Xi said that the talks were candid." },
        { "Cyrillic", "Президент Путин заявил, что Россия ценит мир. Президент Байден подчеркнул, что переговоры важны. President Putin said Russia values peace." },
        { "zero-width and BOM", "\uFEFFPresident\u200B Xi said\u2060 that China values\u200D peace.\uFEFF President Biden stressed that talks matter." },
        { "only odd characters", "\uD800\u0001\uFFFD\u202E🕊️\u0301\uDC00" },
        { "CRLF and lone CR", "President Xi said that China values peace.\r\n\r\nPresident Biden stressed\r that talks matter.\r" },
        { "base text", Base },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Odd_text_analyses_with_every_span_inside_the_text(string kind, string text)
    {
        foreach (var side in new[] { "China", "United States" })
        {
            var readout = new Readout(text, side) { Name = kind };
            var analysis = ReadoutComparer.Default.Analyze(readout);

            foreach (var sentence in analysis.Sentences)
            {
                Inside(sentence.Span, text).Should().BeTrue(kind);
                text.Substring(sentence.Span.Start, sentence.Span.Length).Should().Be(sentence.Text);
            }

            foreach (var claim in analysis.Claims)
            {
                Inside(claim.Span, text).Should().BeTrue(kind);
                text.Substring(claim.Span.Start, claim.Span.Length).Should().Be(claim.Text, kind);
            }

            foreach (var hit in analysis.ToneHits)
            {
                Inside(hit.Span, text).Should().BeTrue(kind);
                text.Substring(hit.Span.Start, hit.Span.Length).Should().Be(hit.Text, kind);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Odd_text_compares_and_parses_without_exception(string kind, string text)
    {
        var comparison = ReadoutComparer.Default.Compare(Readout.Parse(text, side: "China", name: kind), new Readout(Base, "United States"));
        comparison.Rows.SelectMany(r => r.Left).Where(c => c.Span.End > text.Length || text.Substring(c.Span.Start, c.Span.Length) != c.Text).Should().BeEmpty();
        comparison.Rows.Should().NotBeEmpty();
    }

    [Fact]
    public void Odd_characters_inside_words_still_give_claims()
    {
        ReadoutComparer.Default.Analyze(new Readout(Base, "China")).Claims.Should().HaveCount(2);
        foreach (var kind in new[] { "control characters", "lone high surrogate", "replacement characters", "emoji", "zero-width and BOM" })
        {
            var text = Texts.First(row => (string)row[0] == kind)[1];
            ReadoutComparer.Default.Analyze(new Readout((string)text, "China")).Claims.Should().NotBeEmpty(kind);
        }
    }

    private static bool Inside(Span span, string text) => span.Start >= 0 && span.Length >= 0 && span.End <= text.Length;
}
