using System.Diagnostics;
using System.Text;
using Statements.Html;

namespace Statements.Tests.Html;

public class HtmlReadoutSiteTests
{
    private static string Body(Readout sample) => sample.Text.Trim().Replace("\r", "", StringComparison.Ordinal) + "\n";

    [Fact]
    public void A_White_House_page_gives_the_readout_with_its_metadata_and_only_the_body_text()
    {
        var readout = HtmlReadout.Parse(HtmlPages.WhiteHouse, name: "wh.html");

        readout.Title.Should().Be("Readout of President Joe Biden’s Call with President Xi Jinping of the People’s Republic of China");
        readout.Date.Should().Be("2024-04-02");
        readout.Publisher.Should().Be("The White House");
        readout.Side.Should().Be("United States");
        readout.Source.Should().Be("https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/02/readout-of-president-joe-bidens-call-with-president-xi-jinping-of-the-peoples-republic-of-china/");
        readout.Language.Should().Be("en-US");
        readout.Name.Should().Be("wh.html");
        readout.Headers["profile"].Should().Be("whitehouse");
        readout.Headers["format"].Should().Be("html");
        readout.Text.Should().Be(Body(Readouts.SampleUnitedStates));
        foreach (var furniture in new[] { "Skip to content", "Briefing Room", "Administration", "Share on", "Copy link", "Related", "Unrelated", "1600 Pennsylvania", "Privacy Policy", "dataLayer", "font-size", "Search", "Statements and Releases" })
        {
            readout.Text.Should().NotContain(furniture);
        }
    }

    [Fact]
    public void A_Chinese_Foreign_Ministry_page_gives_the_readout_with_its_metadata_and_only_the_body_text()
    {
        var readout = HtmlReadout.Parse(HtmlPages.ChineseForeignMinistry, sourceUrl: "https://www.mfa.gov.cn/eng/xw/zyxw/202404/t20240403_11275000.html");

        readout.Title.Should().Be("President Xi Jinping Speaks with U.S. President Joe Biden on the Phone");
        readout.Date.Should().Be("2024-04-02");
        readout.Publisher.Should().Be("Ministry of Foreign Affairs of the People's Republic of China");
        readout.Side.Should().Be("China");
        readout.Source.Should().Be("https://www.mfa.gov.cn/eng/xw/zyxw/202404/t20240403_11275000.html");
        readout.Headers["profile"].Should().Be("mfa-china");
        readout.Text.Should().Be(Body(Readouts.SampleChina));
        foreach (var furniture in new[] { "Home", "The Ministry", "Top Stories", "Spokesperson's Remarks", "Print", "Close", "Copyright", "Chaoyangmen", "_hmt", "2024-04-02 22:13" })
        {
            readout.Text.Should().NotContain(furniture);
        }
    }

    [Fact]
    public void The_Foreign_Ministry_profile_is_found_by_structure_without_a_URL()
    {
        var readout = HtmlReadout.Parse(HtmlPages.ChineseForeignMinistry);
        readout.Headers["profile"].Should().Be("mfa-china");
        readout.Side.Should().Be("China");
        readout.Source.Should().BeNull();
    }

    [Fact]
    public void A_Kremlin_page_keeps_the_lead_and_the_text_but_not_tags_or_page_metadata()
    {
        var readout = HtmlReadout.Parse(HtmlPages.Kremlin);

        readout.Title.Should().Be("Telephone conversation with President of Finland Alexander Stubb");
        readout.Date.Should().Be("2024-03-14");
        readout.Publisher.Should().Be("President of Russia");
        readout.Side.Should().Be("Russia");
        readout.Source.Should().Be("http://en.kremlin.ru/events/president/news/70001");
        readout.Headers["profile"].Should().Be("kremlin");
        readout.Text.Should().Be(
            HtmlPages.KremlinBody + "\n\n" +
            "The President of Russia said that Russia was ready to discuss the situation on the border.\n\n" +
            "Alexander Stubb stressed that Finland expected the crossings to remain closed until further notice.\n\n" +
            "The two presidents agreed to keep in contact.\n");
        foreach (var furniture in new[] { "Transcripts", "17:30", "The Kremlin, Moscow", "Stubb Alexander", "Publication date", "Text version", "Page URL", "Creative Commons" })
        {
            readout.Text.Should().NotContain(furniture);
        }
    }

    [Fact]
    public void A_GOV_UK_page_names_the_publishing_organisation_and_drops_banners_breadcrumbs_and_sidebars()
    {
        var readout = HtmlReadout.Parse(HtmlPages.GovUk);

        readout.Title.Should().Be("PM call with President Zelenskyy: 15 November 2023");
        readout.Date.Should().Be("2023-11-15");
        readout.Publisher.Should().Be("Prime Minister's Office, 10 Downing Street");
        readout.Side.Should().Be("United Kingdom");
        readout.Source.Should().Be("https://www.gov.uk/government/news/pm-call-with-president-zelenskyy-15-november-2023");
        readout.Headers["profile"].Should().Be("gov.uk");
        readout.Text.Should().StartWith("Prime Minister Rishi Sunak spoke to President Zelenskyy of Ukraine this evening.\n\nThe Prime Minister said")
            .And.EndWith("The leaders agreed to stay in close contact.\n");
        foreach (var furniture in new[] { "cookies", "Skip to main content", "International", "Press release", "From:", "Share this page", "Print this page", "Related content", "Is this page useful", "Crown copyright" })
        {
            readout.Text.Should().NotContain(furniture);
        }
    }

    [Fact]
    public void An_explicit_side_wins()
    {
        HtmlReadout.Parse(HtmlPages.WhiteHouse, side: "PRC").Side.Should().Be("China");
    }

    [Fact]
    public void An_archived_White_House_URL_selects_the_White_House_profile()
    {
        var page = HtmlPages.Wrap("<section class=\"body-content\"><div class=\"container\"><p>President Biden spoke today with the Prime Minister.</p></div></section><div class=\"share-links\">Share</div>");
        var readout = HtmlReadout.Parse(page, sourceUrl: "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/01/21/readout/");
        readout.Headers["profile"].Should().Be("whitehouse");
        readout.Side.Should().Be("United States");
        readout.Publisher.Should().Be("The White House");
        readout.Text.Should().Be("President Biden spoke today with the Prime Minister.\n");
    }

    [Fact]
    public void The_generic_profile_takes_the_article_and_drops_furniture()
    {
        var page = HtmlPages.Wrap("""
            <div class="breadcrumb"><a href="/">Home</a> / World</div>
            <article>
              <header><h1>Leaders hold talks</h1><time datetime="2023-11-15T10:00:00Z">Nov. 15, 2023</time></header>
              <p>The two leaders met in Woodside.</p>
              <div class="social-share">Tweet this</div>
              <ul><li>First point raised.</li><li>Second point raised.</li></ul>
              <h2>Next steps</h2>
              <p>They agreed to meet again.</p>
            </article>
            <aside><h3>Most read</h3><p>Another story entirely</p></aside>
            """, head: "<meta property=\"og:site_name\" content=\"Example News\">");

        var readout = HtmlReadout.Parse(page);

        readout.Headers["profile"].Should().Be("generic");
        readout.Title.Should().Be("Leaders hold talks");
        readout.Date.Should().Be("2023-11-15");
        readout.Publisher.Should().Be("Example News");
        readout.Side.Should().Be("Unknown");
        readout.Text.Should().Be("The two leaders met in Woodside.\n\nFirst point raised.\n\nSecond point raised.\n\nNext steps\n\nThey agreed to meet again.\n");
    }

    [Fact]
    public void Without_main_or_article_the_largest_block_of_paragraphs_is_the_body()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>Paragraph {i} of the statement, long enough to count as body text.</p>"));
        var page = HtmlPages.Wrap($"""
            <div id="top"><div class="links"><p>Short link list</p></div></div>
            <div id="wrap"><div class="story">{paragraphs}</div></div>
            <div class="bottom"><p>Contact us</p></div>
            """);

        var readout = HtmlReadout.Parse(page);

        readout.Text.Should().StartWith("Paragraph 1 of the statement").And.Contain("Paragraph 6");
        readout.Text.Should().NotContain("Short link list").And.NotContain("Contact us").And.NotContain("Footer text");
    }

    [Fact]
    public void Line_breaks_split_lines_and_double_breaks_split_paragraphs()
    {
        var page = HtmlPages.Wrap("<main>First line<br>second line<br><br>New paragraph &amp; entities&nbsp;&nbsp;here<br/>\n<br />Third</main>");
        HtmlReadout.Parse(page).Text.Should().Be("First line\nsecond line\n\nNew paragraph & entities here\n\nThird\n");
    }

    [Fact]
    public void Malformed_markup_is_read_as_a_browser_would()
    {
        var page = "<html><body><main><p>One<p>Two <b>bold<i> and</b> italic</i><div>Three</main>";
        HtmlReadout.Parse(page).Text.Should().Be("One\n\nTwo bold and italic\n\nThree\n");
    }
}

public class HtmlReadoutHostileTests
{
    private const string Hostile = """
        <!DOCTYPE html>
        <html><head>
          <title>Statement</title>
          <link rel="canonical" href="javascript:alert('canonical')">
          <meta property="og:url" content="data:text/html,<script>alert(1)</script>">
          <script>document.write('<p>injected by script</p>')</script>
        </head>
        <body onload="alert('body')">
          <main>
            <p onclick="steal()">Clickable visible text.</p>
            <img src="x" onerror="alert('img')" alt="image alternative">
            <iframe src="https://evil.example/" srcdoc="<p>frame document</p>">iframe fallback text</iframe>
            <!-- a secret comment -->
            <![CDATA[ cdata section text ]]>
            <p>Escaped &lt;script&gt;alert('shown')&lt;/script&gt; is text a reader sees.</p>
            <svg><script>alert('svg')</script><text>svg drawing text</text></svg>
            <math><mi>x</mi></math>
            <custom-element>Custom element text.</custom-element>
            <font color="red">Old font text.</font>
            <p>Link <a href="javascript:alert('link')">link text</a> stays.</p>
            <noscript><p>Please enable JavaScript</p></noscript>
            <template><p>template text</p></template>
            <style>p { color: red } /* style text */</style>
            <object data="movie.swf">object fallback text</object>
            <p style="display: none">hidden by style</p>
            <p hidden>hidden attribute</p>
            <span aria-hidden="true">decorative icon</span>
            <script type="text/template"><p>script template</p></script>
            <p>Control&#1;characters&#x7f; and &#0; references.</p>
          </main>
        </body></html>
        """;

    [Fact]
    public void Hostile_markup_never_reaches_the_text_and_visible_text_is_kept()
    {
        var readout = HtmlReadout.Parse(Hostile);
        var text = readout.Text;

        foreach (var leaked in new[] { "alert('canonical')", "alert(1)", "injected by script", "alert('body')", "steal", "onerror", "alert('img')", "evil.example", "frame document", "iframe fallback", "secret comment", "cdata section", "alert('svg')", "javascript:", "Please enable JavaScript", "template text", "color: red", "style text", "object fallback", "hidden by style", "hidden attribute", "decorative icon", "script template", "<p", "<img", "<script>alert('svg')" })
        {
            text.Should().NotContain(leaked);
        }

        foreach (var visible in new[] { "Clickable visible text.", "Escaped <script>alert('shown')</script> is text a reader sees.", "Custom element text.", "Old font text.", "Link link text stays.", "x" })
        {
            text.Should().Contain(visible);
        }

        text.Should().NotContain("\u0001").And.NotContain("\u007F").And.NotContain("\0");
        readout.Source.Should().BeNull("a javascript: or data: URL is not a source");
    }

    private static string Nested(int depth)
    {
        var html = new StringBuilder("<html><body><main>");
        for (var i = 0; i < depth / 2; i++)
        {
            html.Append("<div><span>");
        }

        return html.Append("<p>Deep text at the bottom.</p></main></body></html>").ToString();
    }

    [Fact]
    public void Deep_nesting_within_the_limit_is_read_without_overflowing_the_stack()
    {
        var watch = Stopwatch.StartNew();
        var readout = HtmlReadout.Parse(Nested(HtmlReadout.MaxNestingDepth - 10));
        watch.Stop();

        readout.Text.Should().Be("Deep text at the bottom.\n");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_refused_quickly_instead_of_parsing_for_minutes()
    {
        var watch = Stopwatch.StartNew();
        var act = () => HtmlReadout.Parse(Nested(200_000), name: "deep.html");

        act.Should().Throw<ReadoutFormatException>().WithMessage("deep.html: the page nests elements 200,0* deep, over the limit of 4,096");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("<div/>", "a trailing slash does not close a div")]
    [InlineData("<noscript><section>", "noscript holds markup when scripts are off")]
    [InlineData("<span/><b>", "a self-closed span stays open")]
    public void Nesting_the_parser_counts_but_the_eye_misses_is_refused_quickly(string unit, string why)
    {
        var html = "<html><body><main>" + string.Concat(Enumerable.Repeat(unit, 50_000)) + "<p>President Biden said peace matters.</p></main></body></html>";
        var watch = Stopwatch.StartNew();
        var act = () => HtmlReadout.Parse(html, name: "crafted.html");

        act.Should().Throw<ReadoutFormatException>(why).WithMessage("crafted.html: the page nests elements *deep, over the limit of 4,096*");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("<!-->")]
    [InlineData("<!--->")]
    [InlineData("<!-- a --!>")]
    public void Markup_after_a_comment_that_is_already_closed_is_counted(string comment)
    {
        var html = "<html><body><main>" + comment + string.Concat(Enumerable.Repeat("<div>", 50_000)) + " --> <p>Text.</p></main></body></html>";
        var act = () => HtmlReadout.Parse(html, name: "crafted.html");
        act.Should().Throw<ReadoutFormatException>().WithMessage("*over the limit of 4,096*");
    }

    [Fact]
    public void Self_closed_elements_inside_svg_are_not_nesting()
    {
        var svg = "<svg>" + string.Concat(Enumerable.Repeat("<circle r=\"1\"/><path d=\"M0\"/>", 10_000)) + "</svg>";
        HtmlReadout.Parse($"<html><body><main>{svg}<p>President Biden said peace matters.</p></main></body></html>").Text
            .Should().Contain("President Biden said peace matters.");
    }

    [Fact]
    public void Many_implicitly_closed_or_closed_elements_are_not_deep_nesting()
    {
        var paragraphs = string.Concat(Enumerable.Repeat("<p>Open paragraph <b>bold</b> <br> <img src=x>", 10_000));
        var closed = string.Concat(Enumerable.Repeat("<div><span>Closed</span></div>", 10_000));
        HtmlReadout.Parse($"<html><body><main>{paragraphs}<ul><li>a<li>b</ul>{closed}</main></body></html>").Text.Should().Contain("Open paragraph bold");
    }

    [Fact]
    public void A_huge_page_is_read_in_reasonable_time()
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Huge</title></head><body>");
        for (var i = 0; i < 20_000; i++)
        {
            html.Append("<nav><a href=\"/x\">Menu item ").Append(i).Append("</a></nav>");
        }

        html.Append("<main>");
        for (var i = 0; i < 20_000; i++)
        {
            html.Append("<p>President Xi said that paragraph ").Append(i).Append(" matters to both sides.</p>\n");
        }

        html.Append("</main><footer>end</footer></body></html>");
        html.Length.Should().BeGreaterThan(2_000_000);

        var watch = Stopwatch.StartNew();
        var readout = HtmlReadout.Parse(html.ToString());
        watch.Stop();

        readout.Text.Split("\n\n").Should().HaveCount(20_000);
        readout.Text.Should().NotContain("Menu item").And.NotContain("end\n");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("President Xi said that talks matter.")]
    [InlineData("{\"title\": \"<b>not a page</b>\"}")]
    [InlineData("side: China\n---\nPresident Xi said that talks matter.")]
    [InlineData("<custom>only unknown elements</custom>")]
    [InlineData("<\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019>")]
    [InlineData("<p>text\0with NUL</p>")]
    public void Non_HTML_input_is_refused_with_ReadoutFormatException(string input)
    {
        var act = () => HtmlReadout.Parse(input, name: "input.html");
        act.Should().Throw<ReadoutFormatException>().WithMessage("input.html: *");
    }

    [Theory]
    [InlineData("<html><head><title>Only a title</title></head><body></body></html>")]
    [InlineData("<html><body><nav>Home News</nav><footer>Footer</footer><script>var x = 1;</script></body></html>")]
    [InlineData("<html><body><main><h1>Same as title</h1></main></body></html>")]
    public void A_page_with_no_body_text_is_refused(string page)
    {
        var act = () => HtmlReadout.Parse(page.Replace("<main><h1>", "<head><title>Same as title</title></head><main><h1>", StringComparison.Ordinal), name: "empty.html");
        act.Should().Throw<ReadoutFormatException>().WithMessage("empty.html: the page has no body text");
    }

    [Fact]
    public void Null_arguments_throw_ArgumentNullException()
    {
        var parse = () => HtmlReadout.Parse(null!);
        parse.Should().Throw<ArgumentNullException>();
        var load = () => HtmlReadout.Load(null!);
        load.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Parallel_reads_give_the_same_readout()
    {
        var expected = HtmlReadout.Parse(HtmlPages.WhiteHouse);
        var results = new Readout[32];
        Parallel.For(0, results.Length, i => results[i] = HtmlReadout.Parse(i % 2 == 0 ? HtmlPages.WhiteHouse : HtmlPages.ChineseForeignMinistry));
        results.Where((_, i) => i % 2 == 0).Should().OnlyContain(r => r.Text == expected.Text && r.Title == expected.Title);
    }
}

public class HtmlReadoutFileTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("statements-html-");

    public void Dispose()
    {
        dir.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Load_reads_a_UTF8_file_with_or_without_a_byte_order_mark()
    {
        var plain = HtmlReadout.Load(Write("wh.html", HtmlPages.Bytes(HtmlPages.WhiteHouse)));
        var bom = HtmlReadout.Load(Write("wh-bom.html", [0xEF, 0xBB, 0xBF, .. HtmlPages.Bytes(HtmlPages.WhiteHouse)]));
        plain.Name.Should().Be("wh.html");
        plain.Text.Should().Be(bom.Text).And.Be(Readouts.SampleUnitedStates.Text.Trim() + "\n");
    }

    [Fact]
    public void Load_reads_UTF16_with_a_byte_order_mark()
    {
        var readout = HtmlReadout.Load(Write("utf16.html", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(HtmlPages.Kremlin)]));
        readout.Title.Should().Be("Telephone conversation with President of Finland Alexander Stubb");
    }

    [Fact]
    public void Load_decodes_the_legacy_character_set_a_page_declares()
    {
        const string page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>习近平同美国总统拜登通电话</title></head><body><div id=\"News_Body_Txt_A\"><p>国家主席习近平同美国总统拜登通电话。</p></div></body></html>";
        var gbk = System.Text.CodePagesEncodingProvider.Instance.GetEncoding("gbk")!;

        var readout = HtmlReadout.Load(Write("gbk.html", gbk.GetBytes(page)));

        readout.Title.Should().Be("习近平同美国总统拜登通电话");
        readout.Text.Should().Be("国家主席习近平同美国总统拜登通电话。\n");
        readout.Side.Should().Be("China");
    }

    [Fact]
    public void Load_recognises_an_undeclared_chinese_page_and_reads_a_declared_character_set_as_declared()
    {
        const string page = "<html><head><title>习近平同美国总统拜登通电话</title></head><body><div id=\"News_Body_Txt_A\"><p>国家主席习近平同美国总统拜登通电话，双方就中美关系交换了意见。</p></div></body></html>";
        var gbk = System.Text.CodePagesEncodingProvider.Instance.GetEncoding("gbk")!;

        var undeclared = HtmlReadout.Load(Write("undeclared.html", gbk.GetBytes(page)));
        undeclared.Title.Should().Be("习近平同美国总统拜登通电话");
        undeclared.Text.Should().Be("国家主席习近平同美国总统拜登通电话，双方就中美关系交换了意见。\n");

        // The same GBK bytes declared Big5 decode without error as Big5 (wrongly): the declaration is obeyed, not second-guessed.
        var big5 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding("big5")!;
        var declared = page.Replace("<head>", "<head><meta charset=\"big5\">", StringComparison.Ordinal);
        var bytes = gbk.GetBytes(declared);
        var readout = HtmlReadout.Load(Write("declared.html", bytes));
        readout.Title.Should().NotBe("习近平同美国总统拜登通电话");
        big5.GetString(bytes).Should().Contain(readout.Title);
    }

    [Fact]
    public void Load_refuses_garbage_bytes()
    {
        var random = new Random(7);
        var garbage = new byte[4096];
        random.NextBytes(garbage);
        var withNul = () => HtmlReadout.Load(Write("garbage.bin", garbage));
        withNul.Should().Throw<ReadoutFormatException>().WithMessage("/*garbage.bin: not a text file*", "a file's message names its full path");

        var noNul = garbage.Select(b => b == 0 ? (byte)0xFF : b).ToArray();
        var invalid = () => HtmlReadout.Load(Write("garbage2.bin", noNul));
        invalid.Should().Throw<ReadoutFormatException>().WithMessage("/*garbage2.bin: not UTF-8 text*");

        var png = () => HtmlReadout.Load(Write("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]));
        png.Should().Throw<ReadoutFormatException>();
    }

    [Fact]
    public void Load_of_a_missing_file_throws_FileNotFoundException()
    {
        var act = () => HtmlReadout.Load(Path.Combine(dir.FullName, "missing.html"));
        act.Should().Throw<FileNotFoundException>();
    }
}

public class HtmlReadoutScriptTests
{
    [Fact]
    public void A_Chinese_language_Foreign_Ministry_page_keeps_its_text_and_date()
    {
        const string page = """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>习近平同美国总统拜登通电话_中华人民共和国外交部</title></head>
            <body><div class="menu"><a>首页</a><a>外交部</a></div>
            <div class="news-main"><div class="news-title"><h1>习近平同美国总统拜登通电话</h1><p class="time"><span>2024年4月2日 22:13</span></p></div>
            <div class="news-content"><div id="News_Body_Txt_A"><p>　　国家主席习近平4月2日晚应约同美国总统拜登通电话。</p><p>　　习近平指出，台湾问题是中美关系第一条不可逾越的红线。</p></div></div></div>
            <div class="footer">版权所有：中华人民共和国外交部</div></body></html>
            """;

        var readout = HtmlReadout.Parse(page);

        readout.Language.Should().Be("zh-CN");
        readout.Title.Should().Be("习近平同美国总统拜登通电话");
        readout.Date.Should().Be("2024-04-02");
        readout.Side.Should().Be("China");
        readout.Text.Should().Be("国家主席习近平4月2日晚应约同美国总统拜登通电话。\n\n习近平指出，台湾问题是中美关系第一条不可逾越的红线。\n");
        ReadoutComparer.Default.Analyze(readout).Sentences.Should().NotBeEmpty();
    }

    [Fact]
    public void Right_to_left_text_and_marks_are_kept_as_written()
    {
        var page = HtmlPages.Wrap("<main dir=\"rtl\" lang=\"ar\"><p>\u200Fقال الرئيس إن المحادثات كانت بناءة.\u200F</p><p dir=\"rtl\">\u202Bנשיא המדינה אמר כי השיחה הייתה טובה.\u202C</p></main>");

        var readout = HtmlReadout.Parse(page);

        readout.Text.Should().Be("\u200Fقال الرئيس إن المحادثات كانت بناءة.\u200F\n\n\u202Bנשיא המדינה אמר כי השיחה הייתה טובה.\u202C\n");
        var analysis = ReadoutComparer.Default.Analyze(readout);
        analysis.Sentences.Should().OnlyContain(s => readout.Text.Substring(s.Span.Start, s.Span.Length) == s.Text);
    }
}

public class HtmlReadoutEndToEndTests
{
    [Fact]
    public void Two_saved_pages_of_one_call_compare_like_their_text_files()
    {
        var us = HtmlReadout.Parse(HtmlPages.WhiteHouse);
        var cn = HtmlReadout.Parse(HtmlPages.ChineseForeignMinistry, sourceUrl: "https://www.fmprc.gov.cn/eng/xw/zyxw/202404/t20240403_11275000.html");

        var comparison = ReadoutComparer.Default.Compare(cn, us);
        var fromText = ReadoutComparer.Default.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates);

        comparison.Rows.Should().NotBeEmpty();
        comparison.Rows.Should().Contain(r => r.Kind == RowKind.Shared || r.Kind == RowKind.Divergent);
        comparison.Left.Readout.Side.Should().Be("China");
        comparison.Right.Readout.Side.Should().Be("United States");
        comparison.Rows.Select(r => (r.Kind, string.Join("|", r.Left.Select(c => c.Text)), string.Join("|", r.Right.Select(c => c.Text))))
            .Should().Equal(fromText.Rows.Select(r => (r.Kind, string.Join("|", r.Left.Select(c => c.Text)), string.Join("|", r.Right.Select(c => c.Text)))));
        comparison.Engagement.Facts.Should().Contain(f => f.Name == "date");
    }
}
