using System.Collections.Immutable;
using Statements.ConsoleApp;

namespace Statements.Tests;

/// <summary>The Spectre.Console text views: colour on a terminal, plain text elsewhere, readout text never taken for markup.</summary>
public sealed class ConsoleViewTests : IDisposable
{
    private const string Escape = "\u001b[";

    private readonly string folder = Directory.CreateTempSubdirectory("statements-view-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static readonly Terminal Tty = new(IsTerminal: true, NoColor: false, Width: 140);

    /// <summary>Two readouts whose claims on one matter are close in wording, so the row shows a word diff.</summary>
    private string[] ClosePair()
    {
        var left = Path.Combine(folder, "left.txt");
        var right = Path.Combine(folder, "right.txt");
        File.WriteAllText(left, "side: China\n---\nPresident Xi stressed that both sides should maintain peace and stability across the Taiwan Strait and oppose Taiwan independence.\n");
        File.WriteAllText(right, "side: United States\n---\nPresident Biden stressed that both sides should maintain peace and stability across the Taiwan Strait.\n");
        return ["compare", left, right];
    }

    [Fact]
    public void A_terminal_gets_colour_with_struck_through_deletions_and_green_insertions()
    {
        var (code, output, error) = ConsoleTests.RunOn(Tty, ClosePair());
        code.Should().Be(0, error);
        output.Should().Contain(Escape);
        output.Should().MatchRegex(@"\u001b\[[0-9;]*9[;m]", "deleted words are struck through");
        output.Should().MatchRegex(@"\u001b\[[0-9;]*32[;m]", "inserted words are green");
        output.Should().NotContain("[-").And.NotContain("{+");
    }

    [Fact]
    public void Redirected_output_is_plain_text_with_the_diff_marked_in_words()
    {
        var (code, output, _) = ConsoleTests.Run(ClosePair());
        code.Should().Be(0);
        output.Should().NotContain("\u001b");
        output.Should().Contain("[-").And.Contain("-]");
    }

    [Fact]
    public void No_color_in_the_environment_gives_plain_text_on_a_terminal()
    {
        var (code, output, _) = ConsoleTests.RunOn(Tty with { NoColor = true });
        code.Should().Be(0);
        output.Should().NotContain("\u001b").And.Contain("both: candid");
    }

    [Fact]
    public void The_no_color_option_gives_plain_text_on_a_terminal()
    {
        foreach (var args in new[] { new[] { "--no-color" }, ["analyze", Sample("cn"), "--no-color"] })
        {
            var (code, output, _) = ConsoleTests.RunOn(Tty, args);
            code.Should().Be(0);
            output.Should().NotContain("\u001b");
        }
    }

    [Fact]
    public void Width_sets_the_table_width()
    {
        var (_, narrow, _) = ConsoleTests.Run("--width", "80");
        var (_, wide, _) = ConsoleTests.Run("--width", "200");
        narrow.Split('\n').Max(l => l.TrimEnd('\r').Length).Should().Be(80);
        wide.Split('\n').Max(l => l.TrimEnd('\r').Length).Should().Be(200);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Markup_in_a_readout_prints_literally(bool colour)
    {
        const string hostile = "President Biden emphasized [red]peace[/] and [bold]stability[/] [/] [link=http://x]here[/] [[x]] in the Taiwan Strait.";
        var left = Write("cn.txt", "side: China\npublisher: [red]Xinhua[/]\ntitle: A [blink]title[/]\n---\nPresident Xi stressed [red]peace[/] in the Taiwan Strait. [/] Xi said [bold] open.");
        var right = Write("us.txt", "side: United States\n---\n" + hostile);
        var terminal = colour ? Tty : Terminal.Redirected;
        var (code, output, error) = ConsoleTests.RunOn(terminal, "compare", left, right, "--width", "300");
        code.Should().Be(0, error);
        error.Should().BeEmpty();
        var text = colour ? StripAnsi(output) : output;
        text.Should().Contain("[red]").And.Contain("[/]").And.Contain("[bold]").And.Contain("[link=http://x]").And.Contain("[[x]]");
        text.Should().Contain("[red]Xinhua[/]").And.Contain("A [blink]title[/]");

        var (analyzeCode, analysis, analyzeError) = ConsoleTests.RunOn(terminal, "analyze", right, "--width", "300");
        analyzeCode.Should().Be(0, analyzeError);
        (colour ? StripAnsi(analysis) : analysis).Should().Contain("[red]peace[/]").And.Contain("[link=http://x]here[/]");
    }

    [Fact]
    public void The_diff_marks_each_sides_own_words_and_keeps_shared_words_plain()
    {
        var diff = ImmutableArray.Create(
            new DiffRun(DiffOp.Equal, "The two "),
            new DiffRun(DiffOp.Delete, "presidents"),
            new DiffRun(DiffOp.Insert, "leaders"),
            new DiffRun(DiffOp.Equal, " "),
            new DiffRun(DiffOp.Delete, "had [red]"),
            new DiffRun(DiffOp.Insert, "held"),
            new DiffRun(DiffOp.Equal, " a call."));
        ComparisonView.DiffMarkup(diff, DiffOp.Delete, colour: false).Should().Be("The two [[-presidents had [[red]]-]] a call.");
        ComparisonView.DiffMarkup(diff, DiffOp.Insert, colour: false).Should().Be("The two {+leaders held+} a call.");
        ComparisonView.DiffMarkup(diff, DiffOp.Delete, colour: true).Should().Be("The two [red strikethrough]presidents had [[red]][/] a call.");
        ComparisonView.DiffMarkup(diff, DiffOp.Insert, colour: true).Should().Be("The two [green]leaders held[/] a call.");
    }

    [Fact]
    public void Odd_unicode_and_a_huge_readout_render()
    {
        var odd = Write("odd.txt", "President Biden emphasized peace \u202Eevil\u202C and 中国 stability 😀 e\u0301 across the Strait.\u0000".TrimEnd('\u0000'));
        var (code, output, error) = ConsoleTests.Run("compare", odd, odd);
        code.Should().Be(0, error);
        output.Should().Contain("中国").And.Contain("😀");

        var huge = Write("huge.txt", string.Concat(Enumerable.Repeat("President Biden emphasized the importance of peace and stability across the Taiwan Strait. ", 400)));
        var (hugeCode, hugeOutput, hugeError) = ConsoleTests.Run("analyze", huge);
        hugeCode.Should().Be(0, hugeError);
        hugeOutput.Length.Should().BeGreaterThan(10_000);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private string Sample(string side)
    {
        using var stream = typeof(Readouts).Assembly.GetManifestResourceStream($"Statements.Samples.sample-{side}.txt")!;
        using var reader = new StreamReader(stream);
        return Write($"sample-{side}.txt", reader.ReadToEnd());
    }

    private static string StripAnsi(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\u001b\[[0-9;]*[A-Za-z]|\u001b\]8;[^\u001b]*\u001b\\", "");
}
