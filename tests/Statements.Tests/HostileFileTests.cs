using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Statements.ConsoleApp;

namespace Statements.Tests;

/// <summary>
/// Issue 23, files and batches: pipes, devices, huge and sparse files, links leaving the batch folder, UTF-16/32,
/// unreadable folders, report names that collide with the index, skipped folders in the index, whole files only.
/// Every input is made here; nothing large is committed (a huge file is sparse).
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("statements-hostile-").FullName;

    public void Dispose()
    {
        foreach (var dir in Directory.GetDirectories(root, "*", SearchOption.AllDirectories))
        {
            TryChmod(dir, "755");
        }

        Directory.Delete(root, recursive: true);
    }

    private string Pairs => Path.Combine(root, "pairs");

    private string Out => Path.Combine(root, "out");

    private static string Sample(string side)
    {
        using var stream = typeof(Readouts).Assembly.GetManifestResourceStream($"Statements.Samples.sample-{side}.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private string Write(string pair, string file, string content)
    {
        Directory.CreateDirectory(Path.Combine(Pairs, pair));
        var path = Path.Combine(Pairs, pair, file);
        File.WriteAllText(path, content);
        return path;
    }

    private void GoodPair(string name)
    {
        Write(name, "cn.txt", Sample("cn"));
        Write(name, "us.txt", Sample("us"));
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"{program} {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
    }

    private static void TryChmod(string path, string mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                Run("chmod", mode, path);
            }
            catch (System.ComponentModel.Win32Exception)
            {
            }
        }
    }

    private static bool IsRoot() => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    /// <summary>Runs the console on another thread and fails (instead of hanging the test run) if it blocks.</summary>
    private static (int Code, string Out, string Err) RunBounded(params string[] args)
    {
        var task = Task.Run(() => ConsoleTests.Run(args));
        task.Wait(TimeSpan.FromMinutes(2)).Should().BeTrue("the console must not block on any input");
        return task.Result;
    }

    [SkippableFact]
    public void A_named_pipe_fails_its_pair_without_blocking_the_batch()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the file kind is probed on Linux");
        GoodPair("a-good");
        Write("b-pipe", "cn.txt", Sample("cn"));
        var pipe = Path.Combine(Pairs, "b-pipe", "us.txt");
        Run("mkfifo", pipe);
        var (code, output, _) = RunBounded("batch", Pairs, "--out", Out, "--format", "json");
        code.Should().Be(2);
        output.Should().Contain($"FAIL  b-pipe: {pipe}: is a named pipe (FIFO), not a regular file");
        File.Exists(Path.Combine(Out, "a-good.json")).Should().BeTrue();
        var act = () => Readout.Load(pipe);
        act.Should().Throw<ReadoutFormatException>().WithMessage($"{pipe}: is a named pipe (FIFO)*");
    }

    [SkippableFact]
    public void A_device_is_refused_before_it_is_read()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/dev/zero"), "needs /dev/zero");
        Write("zero", "cn.txt", Sample("cn"));
        var link = Path.Combine(Pairs, "zero", "us.txt");
        File.CreateSymbolicLink(link, "/dev/zero");
        var (code, _, error) = RunBounded("analyze", link);
        code.Should().Be(2);
        error.Trim().Should().Be($"error: {link}: is a character device, not a regular file; a readout is read from a regular file");
        var (batchCode, output, _) = RunBounded("batch", Pairs, "--out", Out, "--follow-links");
        batchCode.Should().Be(2);
        output.Should().Contain("FAIL  zero: ").And.Contain("is a character device");
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_by_its_size_before_it_is_read()
    {
        var path = Path.Combine(root, "huge.txt");
        using (var stream = new FileStream(path, FileMode.Create))
        {
            stream.SetLength(3L * 1024 * 1024 * 1024); // sparse: takes no disk space
        }

        var (code, _, error) = RunBounded("analyze", path);
        code.Should().Be(2);
        error.Trim().Should().Be($"error: {path}: the file is 3,221,225,472 bytes, over the limit of 4,194,308 bytes for a readout");
        var act = () => Readout.ReadFileBytes(path, 10);
        act.Should().Throw<ReadoutFormatException>().WithMessage("*3,221,225,472 bytes, over the limit of 10 bytes*");
        Readout.ReadFileBytes(Write("small", "x.txt", "0123456789"), 10).Should().HaveCount(10);
        var html = Path.Combine(root, "huge.html");
        File.Move(path, html);
        RunBounded("analyze", html).Err.Trim().Should().Be($"error: {html}: the file is 3,221,225,472 bytes, over the limit of 33,554,432 bytes for a readout");
    }

    [SkippableFact]
    public void A_link_leaving_the_batch_folder_is_refused_unless_allowed_and_a_link_inside_is_followed()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var outside = Path.Combine(root, "secret.txt");
        File.WriteAllText(outside, Sample("us"));
        Write("a-leak", "cn.txt", Sample("cn"));
        var leak = Path.Combine(Pairs, "a-leak", "us.txt");
        File.CreateSymbolicLink(leak, "../../secret.txt");
        GoodPair("b-good");
        Write("c-inside", "cn.txt", Sample("cn"));
        File.CreateSymbolicLink(Path.Combine(Pairs, "c-inside", "us.txt"), "../b-good/us.txt");

        var (code, output, _) = RunBounded("batch", Pairs, "--out", Out, "--format", "json");
        code.Should().Be(2);
        output.Should().Contain($"FAIL  a-leak: {leak}: is a link to {outside}, outside {Pairs} (--follow-links allows it)");
        output.Should().Contain("ok    c-inside");
        File.Exists(Path.Combine(Out, "a-leak.json")).Should().BeFalse();

        var (allowed, _, error) = RunBounded("batch", Pairs, "--out", Out, "--format", "json", "--follow-links");
        allowed.Should().Be(0, error);
        File.ReadAllText(Path.Combine(Out, "a-leak.json")).Should().Contain("statements.comparison/2");
    }

    [Fact]
    public void Utf16_and_utf32_with_a_byte_order_mark_read_as_the_utf8_file_does()
    {
        var utf8 = Readout.Load(Write("enc", "utf8.txt", Sample("cn")));
        foreach (var encoding in new Encoding[] { new UnicodeEncoding(false, true), new UnicodeEncoding(true, true), new UTF32Encoding(false, true), new UTF32Encoding(true, true) })
        {
            var path = Path.Combine(Pairs, "enc", $"{encoding.WebName}.txt");
            File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(Sample("cn"))]);
            var readout = Readout.Load(path);
            readout.Text.Should().Be(utf8.Text, encoding.WebName);
            readout.Side.Should().Be(utf8.Side);
        }

        var bare = Path.Combine(Pairs, "enc", "bare.txt");
        File.WriteAllBytes(bare, Encoding.Unicode.GetBytes(Sample("cn")));
        var (code, _, error) = ConsoleTests.Run("analyze", bare);
        code.Should().Be(2);
        error.Trim().Should().Be($"error: {bare}: looks like UTF-16LE text without a byte-order mark; save it as UTF-8, or as UTF-16 with a byte-order mark");
        var odd = Path.Combine(Pairs, "enc", "odd.txt");
        File.WriteAllBytes(odd, [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8]);
        ((Action)(() => Readout.Load(odd))).Should().Throw<ReadoutFormatException>().WithMessage($"{odd}: not UTF-16 text*");
    }

    [Fact]
    public void Errors_name_the_full_path_of_a_relative_argument()
    {
        var bad = Write("rel", "latin1.txt", "x");
        File.WriteAllBytes(bad, [(byte)'P', (byte)'a', (byte)'r', (byte)'i', (byte)'s', 0xE9, (byte)'!']);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, bad);
        var (code, _, error) = ConsoleTests.Run("analyze", relative);
        code.Should().Be(2);
        error.Trim().Should().Be($"error: {bad}: not UTF-8 text (invalid byte sequence at byte 5), nor recognisably GB18030 or Big5; a readout file is UTF-8, UTF-16 or UTF-32 with a byte-order mark, or GB18030, GBK or Big5 (named by an \"encoding:\" header line or recognised)");
        var missing = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(root, "nope.txt"));
        ConsoleTests.Run("analyze", missing).Err.Trim().Should().Be($"error: {Path.Combine(root, "nope.txt")}: file not found");
    }

    [SkippableFact]
    public void An_unreadable_pair_folder_fails_alone_and_is_in_the_index()
    {
        Skip.If(OperatingSystem.IsWindows() || IsRoot(), "permissions do not stop root");
        GoodPair("a-good");
        GoodPair("b-locked");
        TryChmod(Path.Combine(Pairs, "b-locked"), "000");
        var (code, output, _) = RunBounded("batch", Pairs, "--out", Out, "--format", "json");
        code.Should().Be(2);
        output.Should().Contain("ok    a-good").And.Contain("FAIL  b-locked: ").And.Contain("cannot be read");
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "index.json")));
        index.RootElement.GetProperty("items")[1].GetProperty("status").GetString().Should().Be("failed");
    }

    [Fact]
    public void A_folder_named_index_does_not_overwrite_the_index()
    {
        GoodPair("index");
        GoodPair("INDEX-2");
        GoodPair("a");
        var (code, output, error) = ConsoleTests.Run("batch", Pairs, "--out", Out, "--format", "json");
        code.Should().Be(0, error);
        output.Should().Contain($"-> {Path.Combine(Out, "index-3.json")}");
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "index.json")));
        index.RootElement.GetProperty("schema").GetString().Should().Be("statements.batch-index/1");
        var reports = index.RootElement.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!, i => i.GetProperty("report").GetString());
        reports.Should().Equal(new Dictionary<string, string?> { ["INDEX-2"] = "INDEX-2.json", ["a"] = "a.json", ["index"] = "index-3.json" });
        File.ReadAllText(Path.Combine(Out, "index-3.json")).Should().Contain("statements.comparison/2");
        BatchRunner.ReportNames(["a", "A", "index", "Index", "a-2"]).Should().Equal("a", "A-3", "index-2", "Index-3", "a-2");
    }

    [Theory]
    [InlineData("markdown", "md", "skipped: 1 readout file, not 2")]
    [InlineData("html", "html", "skipped: 1 readout file, not 2")]
    [InlineData("csv", "csv", ",\"1 readout file, not 2\",skipped")]
    [InlineData("text", "txt", "skip  d-one  1 readout file, not 2")]
    public void Skipped_folders_are_in_every_index(string format, string extension, string entry)
    {
        GoodPair("a-good");
        Write("d-one", "article.txt", "President Biden emphasized peace.");
        Directory.CreateDirectory(Path.Combine(Pairs, "e-empty"));
        ConsoleTests.Run("batch", Pairs, "--out", Out, "--format", format).Code.Should().Be(0);
        var index = File.ReadAllText(Path.Combine(Out, "index." + extension));
        index.Should().Contain(entry).And.Contain("e-empty");
        if (format != "csv")
        {
            index.Should().Contain("1 of 1 pairs compared, 0 failed, 2 folders skipped");
        }
    }

    [Fact]
    public void The_html_index_carries_the_reports_content_security_policy()
    {
        GoodPair("a-good");
        ConsoleTests.Run("batch", Pairs, "--out", Out, "--format", "html").Code.Should().Be(0);
        var policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">";
        File.ReadAllText(Path.Combine(Out, "a-good.html")).Should().Contain(policy);
        File.ReadAllText(Path.Combine(Out, "index.html")).Should().Contain(policy);
    }

    [Fact]
    public void An_empty_out_path_is_a_usage_error()
    {
        GoodPair("a-good");
        foreach (var args in new[] { new[] { "--out", "" }, ["analyze", Path.Combine(Pairs, "a-good", "cn.txt"), "--out", " "], ["batch", Pairs, "--out", ""] })
        {
            var (code, _, error) = ConsoleTests.Run(args);
            code.Should().Be(1, string.Join(' ', args));
            error.Trim().Should().Be("error: --out needs a path, not an empty string (see --help)");
        }
    }

    [Fact]
    public void A_failed_write_leaves_the_old_file_and_no_temporary_file()
    {
        Directory.CreateDirectory(Out);
        var target = Path.Combine(Out, "report.md");
        File.WriteAllText(target, "old");
        AtomicFile.WriteAllText(target, "new");
        File.ReadAllText(target).Should().Be("new");
        var folderTarget = Path.Combine(Out, "taken");
        Directory.CreateDirectory(folderTarget);
        var act = () => AtomicFile.WriteAllText(folderTarget, "text");
        act.Should().Throw<IOException>();
        Directory.GetFiles(Out).Select(Path.GetFileName).Should().Equal("report.md");
    }

    [Fact]
    public async Task Concurrent_writers_and_a_reader_only_ever_see_whole_files()
    {
        Directory.CreateDirectory(Out);
        var target = Path.Combine(Out, "index.json");
        var contents = Enumerable.Range(0, 4).Select(i => new string((char)('a' + i), 200_000 + i)).ToArray();
        AtomicFile.WriteAllText(target, contents[0]);
        using var stop = new CancellationTokenSource();
        var writers = contents.Select(c => Task.Run(() =>
        {
            for (var i = 0; i < 25; i++)
            {
                AtomicFile.WriteAllText(target, c);
            }
        })).ToArray();
        var seen = new List<string>();
        while (!writers.All(w => w.IsCompleted))
        {
            seen.Add(File.ReadAllText(target));
        }

        await Task.WhenAll(writers);
        seen.Add(File.ReadAllText(target));
        seen.Should().OnlyContain(s => contents.Contains(s), "a reader sees one whole file or another, never part of one");
        Directory.GetFiles(Out).Should().HaveCount(1, "no temporary file is left behind");
    }

    [Fact]
    public async Task Two_batches_into_one_folder_leave_whole_valid_files()
    {
        GoodPair("a");
        GoodPair("b");
        var other = Path.Combine(root, "other");
        foreach (var name in new[] { "a", "b" })
        {
            Directory.CreateDirectory(Path.Combine(other, name));
            File.WriteAllText(Path.Combine(other, name, "cn.txt"), Sample("cn").Replace("candid", "frank", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(other, name, "us.txt"), Sample("us"));
        }

        var runs = new[] { Pairs, other }.Select(dir => Task.Run(() => ConsoleTests.Run("batch", dir, "--out", Out, "--format", "json"))).ToArray();
        var results = await Task.WhenAll(runs);
        results.Should().OnlyContain(r => r.Code == 0);
        foreach (var file in Directory.GetFiles(Out))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file)); // throws on an interleaved file
            doc.RootElement.GetProperty("schema").GetString().Should().StartWith("statements.");
        }

        Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal("a.json", "b.json", "index.json");
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("x-no-such-charset")]
    [InlineData("ibm-1047-made-up")]
    public void A_page_in_a_charset_the_runtime_cannot_decode_is_one_line(string charset)
    {
        var path = Path.Combine(root, "page.html");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes($"<html><head><meta charset=\"{charset}\"><title>T</title></head><body><main><p>Caf"), 0xE9, 0xFF, .. Encoding.ASCII.GetBytes(" talks.</p></main></body></html>")]);
        var (code, _, error) = ConsoleTests.Run("analyze", path);
        code.Should().Be(2);
        error.Trim().Should().StartWith($"error: {path}: ").And.Contain(charset).And.NotContain("\n").And.NotContain("   at ");
    }

    [Fact]
    public void Standard_output_failing_ends_with_one_line_and_exit_2()
    {
        foreach (var args in new[] { Array.Empty<string>(), ["--format", "json"], ["--format", "markdown"] })
        {
            var error = new StringWriter();
            var code = Cli.Run(args, new FullDevice(), error, Terminal.Redirected);
            code.Should().Be(2, string.Join(' ', args));
            error.ToString().Trim().Should().Be("error: standard output cannot be written (No space left on device)");
        }
    }

    /// <summary>A writer that fails the way standard output on a full device does.</summary>
    private sealed class FullDevice : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");
    }
}
