using System.Text.Json;
using Statements.ConsoleApp;

namespace Statements.Tests;

public sealed class ConsoleTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("statements-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    internal static (int Code, string Out, string Err) Run(params string[] args) => RunOn(Terminal.Redirected, args);

    internal static (int Code, string Out, string Err) RunOn(Terminal terminal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Cli.Run(args, output, error, terminal);
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void No_arguments_compares_the_built_in_sample()
    {
        var (code, output, error) = Run();
        code.Should().Be(0, error);
        output.Should().Contain("Tone").And.Contain("both: candid").And.Contain("China only").And.Contain("US only");
        output.Should().Contain("China vs US").And.Contain("│ kind").And.Contain("President Xi noted that");
    }

    [Fact]
    public void Json_output_is_the_contract()
    {
        var (code, output, _) = Run("--format", "json");
        code.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("schema").GetString().Should().Be("statements.comparison/2");
        doc.RootElement.GetProperty("readouts").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void Markdown_output_has_a_table()
    {
        var (code, output, _) = Run("--format", "markdown");
        code.Should().Be(0);
        output.Should().Contain("| # | kind | topics |");
    }

    [Fact]
    public void The_text_view_has_the_summary_in_words()
    {
        var (code, output, _) = Run("--width", "300");
        code.Should().Be(0);
        output.Should().Contain("summary").And.Contain("Both sides call the talks candid");
    }

    [Fact]
    public void Html_is_one_self_contained_page_and_csv_has_a_header()
    {
        var (code, html, _) = Run("--format", "html");
        code.Should().Be(0);
        html.Should().StartWith("<!DOCTYPE html>").And.NotContain("<script");
        var (csvCode, csv, _) = Run("--format", "csv");
        csvCode.Should().Be(0);
        csv.Split("\r\n").Length.Should().BeGreaterThan(10);
    }

    [Theory]
    [InlineData("text", "tone by category")]
    [InlineData("markdown", "|")]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("json", "\"claims\"")]
    [InlineData("csv", ",")]
    public void Analyze_writes_every_format(string format, string marker)
    {
        var path = Write("us.txt", "publisher: The White House\n---\nPresident Biden emphasized peace and stability across the Taiwan Strait. He raised concerns over unfair trade practices.");
        var (code, output, error) = Run("analyze", path, "--format", format);
        code.Should().Be(0, error);
        output.Should().Contain(marker).And.Contain("Taiwan");
        if (format == "json")
        {
            using var doc = JsonDocument.Parse(output);
        }
    }

    [Fact]
    public void Compare_reads_two_files_and_puts_the_first_on_the_left()
    {
        var left = Write("uk.txt", "side: United Kingdom\n---\nThe Prime Minister stressed support for Ukraine.");
        var right = Write("us.txt", "side: United States\n---\nPresident Biden emphasized support for Ukraine.");
        var (code, output, error) = Run("compare", left, right, "--format", "json");
        code.Should().Be(0, error);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("readouts")[0].GetProperty("side").GetString().Should().Be("United Kingdom");
    }

    [Fact]
    public void Out_writes_the_report_to_a_file_in_plain_text_and_nothing_to_the_screen()
    {
        var path = Path.Combine(folder, "report.txt");
        var (code, output, error) = RunOn(new Terminal(IsTerminal: true, NoColor: false, Width: 100), "--out", path);
        code.Should().Be(0, error);
        output.Should().BeEmpty();
        var text = File.ReadAllText(path);
        text.Should().Contain("both: candid").And.NotContain("\u001b[");
    }

    [Fact]
    public void Out_to_a_folder_that_does_not_exist_is_a_one_line_error()
    {
        var path = Path.Combine(folder, "missing", "report.md");
        var (code, _, error) = Run("--format", "markdown", "--out", path);
        code.Should().Be(2);
        error.Trim().Should().StartWith($"error: {path}: cannot be written").And.NotContain("\n").And.NotContain("   at ");
    }

    [Fact]
    public void A_missing_file_is_a_one_line_error_with_exit_code_2()
    {
        var good = Write("good.txt", "President Biden emphasized peace.");
        var (code, output, error) = Run("compare", Path.Combine(folder, "nope.txt"), good);
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Trim().Should().Be($"error: {Path.Combine(folder, "nope.txt")}: file not found");
    }

    [Theory]
    [InlineData("", "the readout is empty")]
    [InlineData("   \n\t\n  ", "the readout is empty")]
    [InlineData("side: China\npublisher: Xinhua\n---\n\n", "the header has no body text after it")]
    public void Empty_readouts_are_refused_with_the_problem_named(string content, string problem)
    {
        var bad = Write("bad.txt", content);
        var good = Write("good.txt", "President Biden emphasized peace.");
        foreach (var args in new[] { new[] { "compare", good, bad }, ["analyze", bad], ["article", bad] })
        {
            var (code, _, error) = Run(args);
            code.Should().Be(2, string.Join(' ', args));
            error.Trim().Should().Be($"error: {bad}: {problem}");
        }
    }

    [Fact]
    public void A_binary_file_is_refused_without_a_stack_trace()
    {
        var bad = Path.Combine(folder, "image.png");
        File.WriteAllBytes(bad, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var good = Write("good.txt", "President Biden emphasized peace.");
        var (code, _, error) = Run("compare", bad, good);
        code.Should().Be(2);
        error.Should().Contain("image.png").And.Contain("not a text file").And.NotContain("   at ");
    }

    [Fact]
    public void Invalid_utf8_is_refused_in_one_line()
    {
        var bad = Path.Combine(folder, "latin1.txt");
        File.WriteAllBytes(bad, [(byte)'P', (byte)'a', (byte)'r', (byte)'i', (byte)'s', 0xE9, (byte)' ', 0xFF, 0xFE, (byte)'x']);
        var (code, output, error) = Run("analyze", bad);
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("error: ").And.Contain("latin1.txt").And.NotContain("   at ");
        error.Trim().Split('\n').Should().HaveCount(1);
    }

    [Fact]
    public void A_folder_is_refused()
    {
        var good = Write("good.txt", "President Biden emphasized peace.");
        var (code, _, error) = Run("compare", folder, good);
        code.Should().Be(2);
        error.Should().Contain("is a folder");
    }

    [Theory]
    [InlineData("--format", "yaml")]
    [InlineData("--bogus")]
    [InlineData("compare", "only-one.txt")]
    [InlineData("compare", "a.txt", "b.txt", "c.txt", "--pivot", "4")]
    [InlineData("compare", "a.txt", "b.txt", "--pivot", "0")]
    [InlineData("--format")]
    [InlineData("--width", "5")]
    [InlineData("--width", "wide")]
    [InlineData("frobnicate")]
    [InlineData("analyze")]
    [InlineData("batch", "pairs")]
    public void Usage_errors_exit_with_1(params string[] args)
    {
        var (code, output, error) = Run(args);
        code.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().StartWith("error:").And.Contain("see --help");
        error.TrimEnd().Split('\n').Should().OnlyContain(line => line.StartsWith("error: ", StringComparison.Ordinal), "every problem is one line");
    }

    [Fact]
    public void Help_describes_every_command_with_examples()
    {
        var (code, output, _) = Run("--help");
        code.Should().Be(0);
        output.Should().Contain("compare <LEFT> <RIGHT>").And.Contain("article <FILE>").And.Contain("analyze <FILE>").And.Contain("batch <DIR>");
        output.Should().Contain("--format").And.Contain("--out").And.Contain("--width").And.Contain("--no-color");
        output.Should().Contain("Examples:").And.Contain("Statements.Console batch").And.Contain("Exit codes");
    }

    [Theory]
    [InlineData("compare", "<LEFT>", "first readout file")]
    [InlineData("analyze", "<FILE>", "readout file to analyse")]
    [InlineData("batch", "<DIR>", "exactly two readout files")]
    public void Each_command_has_its_own_help(string command, string argument, string description)
    {
        var (code, output, _) = Run(command, "--help");
        code.Should().Be(0);
        output.Should().Contain(argument).And.Contain(description).And.Contain("--format").And.Contain("--out");
    }

    [Fact]
    public void Analyze_shows_claims_with_speaker_cue_topics_and_stance_and_tone_by_category()
    {
        var path = Write("us.txt", "publisher: The White House\n---\nPresident Biden emphasized the importance of maintaining peace and stability across the Taiwan Strait. "
            + "He raised concerns over unfair trade practices. The United States does not support Taiwan independence.");
        var (code, output, error) = Run("analyze", path, "--width", "160");
        code.Should().Be(0, error);
        output.Should().Contain("tone by category").And.Contain("concern").And.Contain("claims");
        output.Should().Contain("Biden").And.Contain("emphasized").And.Contain("taiwan").And.Contain("negated");
    }
}
