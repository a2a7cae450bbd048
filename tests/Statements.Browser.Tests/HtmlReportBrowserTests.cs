using Microsoft.Playwright;
using Statements.Rendering;
using Xunit.Abstractions;

namespace Statements.Browser.Tests;

/// <summary>
/// The HTML report opened in a real browser (Debian's chromium, driven by Playwright): the rows and tone chips
/// are in the DOM, a claim's source opens on click, and no script from a hostile readout runs. Each test saves a
/// screenshot under TestResults/browser at the repository root.
/// </summary>
public sealed class HtmlReportBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    [SkippableFact]
    public async Task The_sample_report_shows_every_row_the_tone_chips_and_a_claims_source_on_click()
    {
        var comparison = ReadoutComparer.Default.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates);
        var page = await OpenAsync(HtmlRenderer.Render(comparison), "sample");

        (await page.Locator("table.rows tr.row").CountAsync()).Should().Be(comparison.Rows.Length);
        (await page.Locator("tr.row[data-kind=divergent]").CountAsync()).Should().Be(comparison.Rows.Count(r => r.Kind == RowKind.Divergent));
        (await page.Locator(".side-tone .chip[data-category=friction]").AllInnerTextsAsync()).Should().Contain("candid").And.Contain("in-depth");
        (await page.Locator(".side-tone .chip.shared").AllInnerTextsAsync()).Should().Contain("candid");
        (await page.Locator(".coverage tr[data-topic]").CountAsync()).Should().Be(comparison.Coverage.Length);
        (await page.Locator(".summary li").First.InnerTextAsync()).Should().StartWith("Both sides call the talks candid");
        (await page.Locator("figure.chart svg rect").CountAsync()).Should().BeGreaterThan(6, "the tone chart draws a bar per side and category");

        var details = page.Locator("tr.row details.context").First;
        (await details.Locator("blockquote").IsVisibleAsync()).Should().BeFalse("the source is folded until asked for");
        await details.Locator("summary").ClickAsync();
        (await details.Locator("blockquote mark").IsVisibleAsync()).Should().BeTrue();
        (await details.Locator("blockquote mark").InnerTextAsync()).Should().Be(comparison.Rows[0].Left[0].Text);

        // The sample's paraphrases are too far apart in wording for a diff; two close claims get one.
        var close = ReadoutComparer.Default.Compare(
            new Readout("President Xi stressed that both sides should maintain peace and stability across the Taiwan Strait and oppose Taiwan independence.", "China"),
            new Readout("President Biden stressed that both sides should maintain peace and stability across the Taiwan Strait.", "United States"));
        page = await OpenAsync(HtmlRenderer.Render(close), "close");
        var deleted = await page.Locator("tr.row del").First.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine");
        deleted.Should().Contain("line-through");
        await ShotAsync(page, "sample");
    }

    [SkippableFact]
    public async Task A_hostile_readout_shows_its_markup_as_text_and_runs_no_script()
    {
        var left = new Readout(
            "President Xi Jinping said that <script>window.__pwned = 1; alert(1)</script> the relationship matters.\n\n" +
            "Xi stressed that the first red line must not be crossed <img src=x onerror=\"window.__pwned = 2\"> <svg onload=\"window.__pwned = 3\"></svg>.",
            "China") { Title = "<script>window.__pwned = 4</script>", Source = "javascript:window.__pwned = 5" };
        var right = new Readout(
            "President Biden said that the relationship matters <iframe src=\"https://example.invalid/\"></iframe>.\n\n" +
            "Biden raised concerns about <style>body{display:none}</style> the South China Sea.",
            "United States");
        var comparison = ReadoutComparer.Default.Compare(left, right);
        var requests = new List<string>();
        var dialogs = 0;

        var page = await OpenAsync(HtmlRenderer.Render(comparison), "hostile", p =>
        {
            p.Request += (_, request) => requests.Add(request.Url);
            p.Dialog += (_, _) => dialogs++;
        });

        (await page.EvaluateAsync<string>("() => typeof window.__pwned")).Should().Be("undefined", "no script from the readout ran");
        dialogs.Should().Be(0);
        (await page.Locator("script, img, iframe, svg:not(figure.chart > svg)").CountAsync()).Should().Be(0, "readout markup never becomes elements");
        (await page.Locator("figure.chart > svg").CountAsync()).Should().Be(1, "the report's own tone chart");
        (await page.Locator("style").CountAsync()).Should().Be(1, "only the report's own style sheet");
        requests.Should().OnlyContain(u => u.StartsWith("file://", StringComparison.Ordinal), "the page loads nothing from the network");
        var body = await page.Locator("body").InnerTextAsync();
        body.Should().Contain("<script>window.__pwned = 1").And.Contain("alert(1)</script>").And.Contain("<img src=x onerror=\"window.__pwned = 2\">");
        (await page.TitleAsync()).Should().Be("China and US readouts compared");
        (await page.Locator("tr.row").CountAsync()).Should().Be(comparison.Rows.Length);
        await ShotAsync(page, "hostile");
    }

    private async Task<IPage> OpenAsync(string html, string name, Action<IPage>? watch = null)
    {
        Skip.If(browser is null, $"chromium is not installed at {Chromium} (apt-get install chromium); the browser tests need it.");
        var path = Path.Combine(Path.GetTempPath(), $"statements-{name}-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(path, html);
        var page = await browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        watch?.Invoke(page);
        await page.GotoAsync("file://" + path);
        return page;
    }

    private async Task ShotAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "TestResults", "browser");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        output.WriteLine("screenshot: " + file);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Statements.sln")))
            {
                return dir.FullName;
            }
        }

        return Path.GetTempPath();
    }
}
