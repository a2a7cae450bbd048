using Statements.ConsoleApp;

namespace Statements.Tests;

/// <summary>
/// Issue 23, terminal injection: escape sequences and control characters in a readout's text, its header or a folder
/// name are shown visibly in every text output of the console (terminal, --no-color, redirected, Markdown, CSV, batch
/// reports and index, messages), while the report's own colours stay.
/// </summary>
public sealed class TerminalInjectionTests : IDisposable
{
    // Clear screen, window title (OSC 0), an OSC 8 hyperlink, the alternate screen, a bell, a C1 CSI, a lone CR.
    private const string Hostile = "\u001b[2J\u001b]0;pwned\u0007\u001b]8;;http://evil.example/\u001b\\link\u001b]8;;\u001b\\\u001b[?1049h\u0007\u009b31m\rX";

    private readonly string folder = Directory.CreateTempSubdirectory("statements-ansi-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static void ShouldBeInert(string output, string what)
    {
        output.Should().NotContain("\u001b[2J", what).And.NotContain("\u001b]", what).And.NotContain("\u0007", what)
            .And.NotContain("\u001b[?1049h", what).And.NotContain("\u009b", what).And.NotContain("\rX", what);
    }

    private static (string Left, string Right) Pair(string dir)
    {
        Directory.CreateDirectory(dir);
        var left = Path.Combine(dir, "cn.txt");
        var right = Path.Combine(dir, "us.txt");
        File.WriteAllText(left, $"side: China\ntitle: Title {Hostile}\n---\nPresident Xi said that China opposes {Hostile} interference.\n\nPresident Xi stressed that Taiwan is the first red line.\n");
        File.WriteAllText(right, $"side: United States\n---\nPresident Biden said that the United States {Hostile} supports peace.\n\nPresident Biden emphasized the importance of peace across the Taiwan Strait.\n");
        return (left, right);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("csv")]
    public void Readout_text_and_headers_are_shown_not_obeyed(string format)
    {
        var (left, right) = Pair(Path.Combine(folder, "p"));
        var terminal = new Terminal(IsTerminal: true, NoColor: false, Width: 120);
        foreach (var args in new[] { new[] { "compare", left, right, "--format", format }, ["compare", left, right, "--format", format, "--no-color"], ["analyze", left, "--format", format] })
        {
            var (code, output, error) = ConsoleTests.RunOn(terminal, args);
            code.Should().Be(0, error);
            ShouldBeInert(output, string.Join(' ', args));
            output.Should().Contain(format == "markdown" ? "\\e\\[2J" : "\\e[2J", "the sequence is shown, visibly (Markdown also escapes the bracket)");
            var (_, redirected, _) = ConsoleTests.Run(args);
            ShouldBeInert(redirected, "redirected " + string.Join(' ', args));
        }

        var outFile = Path.Combine(folder, "report." + format);
        ConsoleTests.Run("compare", left, right, "--format", format, "--out", outFile).Code.Should().Be(0);
        ShouldBeInert(File.ReadAllText(outFile), "--out");
    }

    [Fact]
    public void The_report_keeps_its_own_colours()
    {
        var (left, right) = Pair(Path.Combine(folder, "p"));
        var (_, output, _) = ConsoleTests.RunOn(new Terminal(IsTerminal: true, NoColor: false, Width: 120), "compare", left, right);
        output.Should().Contain("\u001b[", "Spectre's colours are still written");
        ShouldBeInert(output, "coloured text view");
    }

    [Fact]
    public void Folder_and_file_names_in_batch_output_index_and_messages_are_shown_not_obeyed()
    {
        var pairs = Path.Combine(folder, "pairs");
        Pair(Path.Combine(pairs, "a\u001b[2J\u0007pair"));
        Directory.CreateDirectory(Path.Combine(pairs, "b\u001b]0;title\u0007skip"));
        var broken = Path.Combine(pairs, "c\u001b[31mbroken");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "cn.txt"), "");
        File.WriteAllText(Path.Combine(broken, "us.txt"), "President Biden said peace.");
        foreach (var format in new[] { "text", "markdown", "csv" })
        {
            var outDir = Path.Combine(folder, "out-" + format);
            var (code, output, error) = ConsoleTests.RunOn(new Terminal(IsTerminal: true, NoColor: false, Width: 120), "batch", pairs, "--out", outDir, "--format", format);
            code.Should().Be(2);
            ShouldBeInert(output + error, "batch " + format);
            output.Should().Contain("a\\e[2J␇pair");
            foreach (var file in Directory.GetFiles(outDir))
            {
                ShouldBeInert(File.ReadAllText(file), file);
                File.ReadAllText(file).Should().NotContain("\u001b[31m");
            }
        }

        var missing = Path.Combine(folder, "no\u001b[2Jsuch.txt");
        var (_, _, message) = ConsoleTests.Run("analyze", missing);
        message.Should().NotContain("\u001b").And.Contain("no\\e[2Jsuch.txt: file not found");
    }

    [Fact]
    public void Visible_keeps_line_breaks_and_tabs_and_shows_the_rest()
    {
        TerminalText.Visible("a\r\nb\tc\nd").Should().Be("a\r\nb\tc\nd");
        TerminalText.Visible("\u001b[2J\u0007\u0000\u007f\u009b\rx").Should().Be("\\e[2J␇␀␡\\x9B␍x");
        TerminalText.Visible("plain").Should().BeSameAs("plain");
    }
}
