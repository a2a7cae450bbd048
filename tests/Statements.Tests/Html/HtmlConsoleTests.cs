namespace Statements.Tests.Html;

/// <summary>The console reads saved web pages (.html) as readouts, through Statements.Html.</summary>
public class HtmlConsoleTests
{
    [Fact]
    public void The_console_compares_two_saved_pages_like_the_text_files_they_hold()
    {
        var dir = Directory.CreateTempSubdirectory("statements-html-console-");
        try
        {
            var mfa = Path.Combine(dir.FullName, "mfa.html");
            var wh = Path.Combine(dir.FullName, "wh.HTM");
            File.WriteAllText(mfa, HtmlPages.ChineseForeignMinistry);
            File.WriteAllText(wh, HtmlPages.WhiteHouse);
            var output = new StringWriter();
            var error = new StringWriter();

            var code = Statements.ConsoleApp.Cli.Run(["compare", mfa, wh, "--format", "csv"], output, error);

            error.ToString().Should().BeEmpty();
            code.Should().Be(0);
            var expected = Statements.Rendering.CsvRenderer.Render(ReadoutComparer.Default.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates));
            output.ToString().Should().Be(expected, "the pages hold the sample readouts' text");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_page_without_body_text_is_one_line_and_exit_code_2()
    {
        var dir = Directory.CreateTempSubdirectory("statements-html-console-");
        try
        {
            var empty = Path.Combine(dir.FullName, "empty.html");
            File.WriteAllText(empty, "<html><head><title>x</title></head><body><nav>Home</nav><script>alert(1)</script></body></html>");
            var output = new StringWriter();
            var error = new StringWriter();

            var code = Statements.ConsoleApp.Cli.Run(["analyze", empty], output, error);

            code.Should().Be(2);
            error.ToString().TrimEnd().Split('\n').Should().ContainSingle().Which.Should().StartWith("error: ").And.Contain("empty.html");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
