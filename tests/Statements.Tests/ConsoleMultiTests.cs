using System.Text.Json;

namespace Statements.Tests;

/// <summary>The console's side-by-side comparison: <c>compare A B C ...</c> and <c>--pivot N</c> (issue 21).</summary>
public sealed class ConsoleMultiTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("statements-nway-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (string China, string Us, string Agency) Files()
    {
        var china = Path.Combine(folder, "cn.txt");
        var us = Path.Combine(folder, "us.txt");
        var agency = Path.Combine(folder, "agency.txt");
        File.WriteAllText(china, "side: China\n---\n" + Readouts.SampleChina.Text);
        File.WriteAllText(us, "side: United States\n---\n" + Readouts.SampleUnitedStates.Text);
        File.WriteAllText(agency, MultiComparisonTests.Agency);
        return (china, us, agency);
    }

    [Fact]
    public void Three_files_are_compared_side_by_side_in_the_order_given()
    {
        var (china, us, agency) = Files();
        var (code, output, error) = ConsoleTests.Run("compare", agency, china, us, "--width", "150");
        code.Should().Be(0, error);
        var header = output.Split('\n').First(l => l.StartsWith("A ", StringComparison.Ordinal) && l.Contains(" | ", StringComparison.Ordinal));
        header.Split(" | ").Select(c => c.Trim()).Should().Equal("A US (agency.txt)", "B China", "C US (us.txt)");
        output.Should().Contain("Summary").And.Contain("all three readouts").And.Contain("\u25A0\u25A0\u25A0 ALL 3");
        output.Split('\n').Should().OnlyContain(l => l.TrimEnd('\r').Length <= 150);
    }

    [Fact]
    public void Json_of_three_files_is_the_multi_comparison_contract_and_pivot_names_its_readout()
    {
        var (china, us, agency) = Files();
        var (code, output, error) = ConsoleTests.Run("compare", china, us, agency, "--format", "json", "--pivot", "2");
        code.Should().Be(0, error);
        using var document = JsonDocument.Parse(output);
        document.RootElement.GetProperty("schema").GetString().Should().Be("statements.multi-comparison/1");
        document.RootElement.GetProperty("pivot").GetString().Should().Be("B");
        document.RootElement.GetProperty("readouts").GetArrayLength().Should().Be(3);
        MultiReportTests.Contract.Value.Evaluate(document.RootElement).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Two_files_with_a_pivot_are_compared_side_by_side_and_two_without_as_a_pair()
    {
        var (china, us, _) = Files();
        var pivoted = ConsoleTests.Run("compare", china, us, "--format", "json", "--pivot", "1");
        pivoted.Code.Should().Be(0, pivoted.Err);
        pivoted.Out.Should().Contain("\"schema\": \"statements.multi-comparison/1\"");
        var pair = ConsoleTests.Run("compare", china, us, "--format", "json");
        pair.Out.Should().Contain("\"schema\": \"statements.comparison/2\"");
    }

    [Theory]
    [InlineData("markdown", "| # | carried by |")]
    [InlineData("html", "class=\"strip\"")]
    [InlineData("csv", "number,relation,carriers,topics,score,A China,B US (us.txt),C US (agency.txt)")]
    public void Every_format_renders_the_side_by_side_comparison(string format, string expected)
    {
        var (china, us, agency) = Files();
        var outFile = Path.Combine(folder, "report." + format);
        var (code, _, error) = ConsoleTests.Run("compare", china, us, agency, "--format", format, "--out", outFile);
        code.Should().Be(0, error);
        File.ReadAllText(outFile).Should().Contain(expected);
    }

    [Fact]
    public void One_unreadable_file_among_several_is_named_with_exit_code_2()
    {
        var (china, us, agency) = Files();
        var missing = Path.Combine(folder, "nope.txt");
        var empty = Path.Combine(folder, "empty.txt");
        File.WriteAllText(empty, "  \n");
        var (code, output, error) = ConsoleTests.Run("compare", china, missing, us, agency);
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Trim().Should().Be($"error: {missing}: file not found");
        var both = ConsoleTests.Run("compare", china, missing, us, empty);
        both.Code.Should().Be(2);
        both.Err.Trim().Split('\n').Select(l => l.TrimEnd('\r')).Should().Equal($"error: {missing}: file not found", $"error: {empty}: the readout is empty");
    }

    [Fact]
    public void A_pivot_outside_the_files_is_a_usage_error()
    {
        var (china, us, agency) = Files();
        var (code, output, error) = ConsoleTests.Run("compare", china, us, agency, "--pivot", "4");
        code.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().StartWith("error: --pivot must be between 1 and 3");
    }

    [Fact]
    public void Help_names_the_further_files_and_the_pivot()
    {
        var (code, output, _) = ConsoleTests.Run("compare", "--help");
        code.Should().Be(0);
        output.Should().Contain("<MORE>").And.Contain("--pivot").And.Contain("side by side");
    }
}
