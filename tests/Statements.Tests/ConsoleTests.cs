using System.Text.Json;
using Statements.ConsoleApp;

namespace Statements.Tests;

public sealed class ConsoleTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("statements-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Cli.Run(args, output, error);
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
    }

    [Fact]
    public void Json_output_is_the_contract()
    {
        var (code, output, _) = Run("--format", "json");
        code.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("schema").GetString().Should().Be("statements.comparison/1");
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
        var (code, _, error) = Run("compare", good, bad);
        code.Should().Be(2);
        error.Trim().Should().Be($"error: {bad}: {problem}");
        error.Trim().Split('\n').Should().HaveCount(1);
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
    [InlineData("--format")]
    public void Usage_errors_exit_with_1(params string[] args)
    {
        var (code, _, error) = Run(args);
        code.Should().Be(1);
        error.Should().StartWith("error:");
    }

    [Fact]
    public void Help_describes_the_commands()
    {
        var (code, output, _) = Run("--help");
        code.Should().Be(0);
        output.Should().Contain("compare LEFT RIGHT").And.Contain("--format");
    }
}
