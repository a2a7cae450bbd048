using System.Net;
using System.Text;
using Statements.Html;

namespace Statements.Tests.Html;

/// <summary>
/// The real readouts of the shared corpus, written into pages shaped like their publisher's, read back: the text
/// and metadata survive, and the pair compares as its text files do.
/// </summary>
public class HtmlCorpusTests
{
    /// <summary>A page for <paramref name="readout"/> shaped like its publisher's site (furniture included).</summary>
    internal static string PageFor(Readout readout)
    {
        var body = new StringBuilder();
        foreach (var paragraph in Paragraphs(readout.Text))
        {
            body.Append("<p>").Append(string.Join("<br>\n", paragraph.Select(WebUtility.HtmlEncode))).Append("</p>\n");
        }

        var title = WebUtility.HtmlEncode(readout.Title ?? "Readout");
        var date = IsoDate(readout.Date);
        return readout.Side switch
        {
            "United States" => $"""
                <!DOCTYPE html><html lang="en-US"><head><title>{title} | The White House</title><meta property="og:site_name" content="The White House"></head>
                <body><header><nav><a href="/">Home</a> <a href="/briefing-room/">Briefing Room</a></nav></header>
                <main><section class="page-header"><h1 class="page-title">{title}</h1><time class="posted-on" datetime="{date}T12:00:00-04:00">x</time><div class="share-links">Share on X</div></section>
                <section class="body-content"><div class="container">{body}</div></section></main>
                <footer><p>1600 Pennsylvania Ave NW</p></footer></body></html>
                """,
            "China" => $"""
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
                <body><div class="menu"><a>Home</a> <a>News</a></div>
                <div class="news-main"><div class="news-title"><h1>{title}</h1><p class="time"><span>{date} 20:00</span></p></div>
                <div class="news-content"><div id="News_Body_Txt_A">{body}</div></div><div class="news-btn"><a>Print</a></div></div>
                <div class="footer">Copyright Ministry of Foreign Affairs</div></body></html>
                """,
            "Russia" => $"""
                <!doctype html><html lang="en"><head><meta property="og:site_name" content="President of Russia"><title>{title}</title></head>
                <body><div class="header"><nav><a>News</a></nav></div><div class="read__in"><h1 class="entry-title">{title}</h1>
                <div class="read__meta"><time class="read__published" datetime="{date}">x</time></div>
                <div class="entry-content e-content read__internal_content">{body}</div>
                <div class="read__bottommeta hidden-copy"><p>Publication date</p></div></div></body></html>
                """,
            _ => $"""
                <!DOCTYPE html><html lang="en"><head><title>{title}</title></head>
                <body><nav><a>Home</a></nav><article><header><h1>{title}</h1><time datetime="{date}">x</time></header>{body}</article><footer>Footer</footer></body></html>
                """,
        };
    }

    /// <summary>The text's paragraphs (split at blank lines), each a list of lines with white space collapsed.</summary>
    internal static List<List<string>> Paragraphs(string text) =>
        [.. text.ReplaceLineEndings("\n").Split("\n\n")
            .Select(p => p.Split('\n').Select(Collapse).Where(l => l.Length > 0).ToList())
            .Where(p => p.Count > 0)];

    private static string Collapse(string line) =>
        string.Join(' ', new string([.. line.Where(c => !char.IsControl(c) || char.IsWhiteSpace(c))]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The first yyyy-mm-dd in a header date ("2021-02-10 (Washington evening ...)"), or a stand-in.</summary>
    private static string IsoDate(string? date) =>
        date is not null && System.Text.RegularExpressions.Regex.Match(date, @"\d{4}-\d{2}-\d{2}") is { Success: true } m ? m.Value : "2024-01-01";

    private static string Expected(string text) => string.Join("\n\n", Paragraphs(text).Select(p => string.Join('\n', p))) + "\n";

    [SkippableFact]
    public void Every_corpus_readout_survives_the_trip_through_its_publishers_page()
    {
        var root = SharedCorpus.Require();
        var checkedCount = 0;
        foreach (var (name, leftPath, rightPath) in SharedCorpus.Pairs(root))
        {
            var fromText = (Left: Readout.Load(leftPath), Right: Readout.Load(rightPath));
            var fromHtml = (Left: HtmlReadout.Parse(PageFor(fromText.Left), side: fromText.Left.Side == SideResolver.Unknown ? null : fromText.Left.Side), Right: HtmlReadout.Parse(PageFor(fromText.Right)));

            foreach (var (text, html) in new[] { (fromText.Left, fromHtml.Left), (fromText.Right, fromHtml.Right) })
            {
                html.Text.Should().Be(Expected(text.Text), name);
                html.Side.Should().Be(text.Side, name);
                html.Date.Should().Be(IsoDate(text.Date), name);
                if (text.Title is not null)
                {
                    html.Title.Should().Be(Collapse(text.Title), name);
                }

                checkedCount++;
            }

            var comparison = ReadoutComparer.Default.Compare(fromHtml.Left, fromHtml.Right);
            // The page names its site as publisher ("The White House"), not the text file's publisher line (a leader's post, whose
            // author the analysis reads from it), so the expected comparison takes the headers the page gives.
            var expected = ReadoutComparer.Default.Compare(
                fromText.Left with { Text = Expected(fromText.Left.Text), Publisher = fromHtml.Left.Publisher, Title = fromHtml.Left.Title },
                fromText.Right with { Text = Expected(fromText.Right.Text), Publisher = fromHtml.Right.Publisher, Title = fromHtml.Right.Title });
            comparison.Rows.Select(r => r.Kind).Should().Equal(expected.Rows.Select(r => r.Kind), name);
        }

        checkedCount.Should().BeGreaterThan(40);
    }
}
