using System.Text.Json;
using Statements.ConsoleApp;

namespace Statements.Tests;

/// <summary><c>batch DIR --out OUT</c>: pair folders found by the rule, one report per pair, an index, failures reported.</summary>
public sealed class ConsoleBatchTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("statements-batch-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Pairs => Path.Combine(root, "pairs");

    private string Out => Path.Combine(root, "out");

    private static string Sample(string side)
    {
        using var stream = typeof(Readouts).Assembly.GetManifestResourceStream($"Statements.Samples.sample-{side}.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private void Write(string pair, string file, string content)
    {
        Directory.CreateDirectory(Path.Combine(Pairs, pair));
        File.WriteAllText(Path.Combine(Pairs, pair, file), content);
    }

    /// <summary>Two good pairs, one broken pair, one folder that is not a pair, gold files to ignore.</summary>
    private void MakeCorpus()
    {
        Write("a-sample", "cn.txt", Sample("cn"));
        Write("a-sample", "us.txt", Sample("us"));
        Write("a-sample", "gold.json", "{\"not\": \"a readout\"}");
        Write("a-sample", "gold.txt", "ignored: the rule skips gold files");
        // The White House file sorts first here; the rule still puts the United States on the right.
        Write("b-swapped", "a-whitehouse.txt", Sample("us"));
        Write("b-swapped", "z-mfa.txt", Sample("cn"));
        Write("c-broken", "cn.txt", Sample("cn"));
        Write("c-broken", "us.txt", "");
        Write("d-article", "article.txt", "President Biden emphasized peace.");
        Write("d-article", "gold.json", "{}");
    }

    [Fact]
    public void Every_pair_gets_a_report_a_broken_pair_is_reported_and_the_rest_go_on()
    {
        MakeCorpus();
        var (code, output, error) = ConsoleTests.Run("batch", Pairs, "--out", Out, "--format", "markdown");
        code.Should().Be(2, "a pair failed");
        error.Should().BeEmpty();
        File.Exists(Path.Combine(Out, "a-sample.md")).Should().BeTrue();
        File.Exists(Path.Combine(Out, "b-swapped.md")).Should().BeTrue();
        File.Exists(Path.Combine(Out, "c-broken.md")).Should().BeFalse();
        File.Exists(Path.Combine(Out, "d-article.md")).Should().BeFalse();
        File.ReadAllText(Path.Combine(Out, "a-sample.md")).Should().Contain("| # | kind | topics |");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        lines.Should().Contain(l => l.StartsWith("ok    a-sample: ", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("FAIL  c-broken: ", StringComparison.Ordinal) && l.Contains("us.txt: the readout is empty", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("skip  d-article: 1 readout file", StringComparison.Ordinal));
        lines.Should().Contain("2 of 3 pairs compared, 1 failed, 1 folder skipped; index: " + Path.Combine(Out, "index.md"));
        output.Should().NotContain("\u001b");

        var index = File.ReadAllText(Path.Combine(Out, "index.md"));
        index.Should().Contain("[a-sample.md](a-sample.md)").And.Contain("China (cn.txt)").And.Contain("| China (z-mfa.txt) | United States (a-whitehouse.txt) |");
        index.Should().Contain("c-broken").And.Contain("failed:").And.Contain("the readout is empty");
        index.Should().Contain("| d-article |").And.Contain("skipped: 1 readout file, not 2");
    }

    [Theory]
    [InlineData("text", "txt")]
    [InlineData("markdown", "md")]
    [InlineData("json", "json")]
    [InlineData("html", "html")]
    [InlineData("csv", "csv")]
    public void The_index_and_reports_follow_the_format(string format, string extension)
    {
        MakeCorpus();
        var (code, _, _) = ConsoleTests.Run("batch", Pairs, "--out", Out, "--format", format);
        code.Should().Be(2);
        Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Should().Equal($"a-sample.{extension}", $"b-swapped.{extension}", $"index.{extension}");
        File.ReadAllText(Path.Combine(Out, $"a-sample.{extension}")).Should().NotContain("\u001b");
    }

    [Fact]
    public void The_json_index_lists_every_pair_with_counts_or_its_error()
    {
        MakeCorpus();
        ConsoleTests.Run("batch", Pairs, "--out", Out, "--format", "json").Code.Should().Be(2);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "index.json")));
        var index = doc.RootElement;
        index.GetProperty("schema").GetString().Should().Be("statements.batch-index/1");
        index.GetProperty("pairs").GetInt32().Should().Be(3);
        index.GetProperty("failed").GetInt32().Should().Be(1);
        var items = index.GetProperty("items").EnumerateArray().ToList();
        index.GetProperty("skipped").GetInt32().Should().Be(1);
        items.Select(i => i.GetProperty("name").GetString()).Should().Equal("a-sample", "b-swapped", "c-broken", "d-article");
        items[3].GetProperty("status").GetString().Should().Be("skipped");
        items[3].GetProperty("reason").GetString().Should().Be("1 readout file, not 2");
        items[0].GetProperty("status").GetString().Should().Be("ok");
        items[0].GetProperty("leftSide").GetString().Should().Be("China");
        items[0].GetProperty("report").GetString().Should().Be("a-sample.json");
        items[0].GetProperty("rows").EnumerateObject().Sum(p => p.Value.GetInt32()).Should().BeGreaterThan(5);
        items[2].GetProperty("status").GetString().Should().Be("failed");
        items[2].GetProperty("error").GetString().Should().EndWith("us.txt: the readout is empty");
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "a-sample.json")));
        report.RootElement.GetProperty("schema").GetString().Should().Be("statements.comparison/2");
    }

    [Fact]
    public void All_pairs_ok_exits_0()
    {
        Write("a-sample", "cn.txt", Sample("cn"));
        Write("a-sample", "us.txt", Sample("us"));
        var (code, output, error) = ConsoleTests.Run("batch", Pairs, "--out", Out);
        code.Should().Be(0, error);
        output.Should().Contain("1 of 1 pairs compared, 0 failed");
        File.ReadAllText(Path.Combine(Out, "a-sample.txt")).Should().Contain("both: candid");
        File.ReadAllText(Path.Combine(Out, "index.txt")).Should().Contain("ok    a-sample");
    }

    [Fact]
    public void Hostile_pair_names_are_escaped_in_every_index()
    {
        const string name = "=cmd,\"<b>x&y\"";
        Write(name, "cn.txt", Sample("cn"));
        Write(name, "us.txt", Sample("us"));
        ConsoleTests.Run("batch", Pairs, "--out", Out, "--format", "markdown").Code.Should().Be(0);
        File.ReadAllText(Path.Combine(Out, "index.md")).Should().NotContain("<b>").And.Contain("&lt;b&gt;");
        ConsoleTests.Run("batch", Pairs, "--out", Out, "--format", "html").Code.Should().Be(0);
        File.ReadAllText(Path.Combine(Out, "index.html")).Should().NotContain("<b>").And.Contain("&lt;b&gt;");
        ConsoleTests.Run("batch", Pairs, "--out", Out, "--format", "csv").Code.Should().Be(0);
        File.ReadAllText(Path.Combine(Out, "index.csv")).Split("\r\n")[1].Should().StartWith("\"'=cmd,\"\"<b>x&y\"\"\",China,cn.txt,United States,us.txt,");
        BatchIndex.CsvField(name).Should().Be("\"'=cmd,\"\"<b>x&y\"\"\"");
        BatchIndex.CsvField("-2+3").Should().Be("'-2+3");
        BatchIndex.CsvField("plain").Should().Be("plain");
        var outcome = new PairOutcome(name, "cn.txt", "us.txt", null, null, "<script>alert(1)</script> | x");
        BatchIndex.Render([outcome], ReportFormat.Html).Should().NotContain("<script>").And.NotContain("<b>").And.Contain("&lt;script&gt;");
        BatchIndex.Render([outcome], ReportFormat.Markdown).Should().NotContain("<script>").And.NotContain(" | x");
        BatchIndex.Render([outcome], ReportFormat.Csv).Should().Contain("\"'=cmd,");
        using var json = JsonDocument.Parse(BatchIndex.Render([outcome], ReportFormat.Json));
        json.RootElement.GetProperty("items")[0].GetProperty("name").GetString().Should().Be(name);
    }

    [Fact]
    public void A_missing_or_empty_folder_and_a_file_for_a_folder_exit_2()
    {
        var missing = Path.Combine(root, "nope");
        var (code, _, error) = ConsoleTests.Run("batch", missing, "--out", Out);
        code.Should().Be(2);
        error.Trim().Should().Be($"error: {missing}: folder not found");

        Directory.CreateDirectory(Pairs);
        (code, _, error) = ConsoleTests.Run("batch", Pairs, "--out", Out);
        code.Should().Be(2);
        error.Trim().Should().StartWith($"error: {Pairs}: no pair folders");

        var file = Path.Combine(root, "file.txt");
        File.WriteAllText(file, "x");
        (code, _, error) = ConsoleTests.Run("batch", file, "--out", Out);
        code.Should().Be(2);
        error.Trim().Should().Be($"error: {file}: is a file, not a folder of pairs");

        Write("a-sample", "cn.txt", Sample("cn"));
        Write("a-sample", "us.txt", Sample("us"));
        (code, _, error) = ConsoleTests.Run("batch", Pairs, "--out", file);
        code.Should().Be(2);
        error.Trim().Should().StartWith($"error: {file}: is a file");
    }

    [Fact]
    public void A_binary_readout_fails_only_its_pair()
    {
        Write("a-sample", "cn.txt", Sample("cn"));
        Write("a-sample", "us.txt", Sample("us"));
        Directory.CreateDirectory(Path.Combine(Pairs, "b-binary"));
        File.WriteAllBytes(Path.Combine(Pairs, "b-binary", "cn.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);
        Write("b-binary", "us.txt", Sample("us"));
        var (code, output, _) = ConsoleTests.Run("batch", Pairs, "--out", Out);
        code.Should().Be(2);
        output.Should().Contain($"FAIL  b-binary: {Path.Combine(Pairs, "b-binary", "cn.txt")}: not a text file").And.Contain("ok    a-sample").And.NotContain("   at ");
    }

    [Fact]
    public void On_a_terminal_batch_shows_a_progress_bar_and_colour()
    {
        MakeCorpus();
        var (code, output, _) = ConsoleTests.RunOn(new Terminal(IsTerminal: true, NoColor: false, Width: 100), "batch", Pairs, "--out", Out);
        code.Should().Be(2);
        output.Should().Contain("\u001b[").And.Contain("a-sample").And.Contain("c-broken");
        File.Exists(Path.Combine(Out, "index.txt")).Should().BeTrue();
    }

    [SkippableFact]
    public void The_shared_corpus_pairs_all_get_a_report()
    {
        var shared = SharedCorpus.Require();
        var (code, output, error) = ConsoleTests.Run("batch", Path.Combine(shared, "corpus", "pairs"), "--out", Out, "--format", "json");
        code.Should().Be(0, error + output);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "index.json")));
        var items = doc.RootElement.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!);
        var pairs = SharedCorpus.Pairs(shared).ToList();
        pairs.Should().NotBeEmpty();
        items.Where(i => i.Value.GetProperty("status").GetString() != "skipped").Select(i => i.Key).Should().BeEquivalentTo(pairs.Select(p => p.Name));
        foreach (var (name, left, right) in pairs)
        {
            File.Exists(Path.Combine(Out, name + ".json")).Should().BeTrue(name);
            items[name].GetProperty("leftFile").GetString().Should().Be(Path.GetFileName(left), name);
            items[name].GetProperty("rightFile").GetString().Should().Be(Path.GetFileName(right), name);
        }
    }
}
