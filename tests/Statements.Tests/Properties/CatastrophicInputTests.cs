using System.Diagnostics;
using System.Text;
using Statements.Articles;
using Statements.Serialization;
using Xunit.Abstractions;

namespace Statements.Tests.Properties;

/// <summary>
/// Crafted inputs that make naive text code go quadratic or worse: long runs of one character, thousands of
/// initials, deep brackets, one enormous word. Each must parse, analyse, compare (both ways) and split as an
/// article within a generous hang guard. This guards against hangs; it asserts no speed.
/// </summary>
public class CatastrophicInputTests(ITestOutputHelper output)
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

    public static TheoryData<string> Names() =>
    [
        "100k dots", "100k quotes", "100k curly quotes", "100k spaces", "20k initials", "20k initials without spaces", "nested brackets",
        "1 MB word", "50k newlines", "50k blank lines", "50k list items", "20k U.S.", "100k ellipses", "sentence of 50k words",
        "100k question marks", "10k short paragraphs",
        "100k chinese negators before one attribute", "1 MB of chinese without punctuation", "100k commas in chinese speech", "100k chinese quotes",
    ];

    private static string Input(string name) => name switch
    {
        "100k dots" => Repeat(".", 100_000),
        "100k quotes" => Repeat("\"", 100_000),
        "100k curly quotes" => Repeat("“”", 50_000),
        "100k spaces" => Repeat(" ", 100_000) + "The President said so." + Repeat(" ", 100_000),
        "20k initials" => Repeat("A. ", 20_000) + "Biden said that.",
        "20k initials without spaces" => Repeat("A.", 20_000) + " Biden said that.",
        "nested brackets" => Repeat("([{\"'", 20_000) + "Xi stressed it." + Repeat("'\"}])", 20_000),
        "1 MB word" => Repeat("x", 1_000_000),
        "50k newlines" => "Xi said" + Repeat("\n", 50_000) + "it.",
        "50k blank lines" => Repeat("Xi said.\n \n", 25_000),
        "50k list items" => "Biden stressed:\n" + Repeat("- the point\n", 50_000),
        "20k U.S." => Repeat("U.S. ", 20_000) + "The end.",
        "100k ellipses" => Repeat("…", 100_000) + " Xi said.",
        "sentence of 50k words" => "President Xi said that " + Repeat("the and ", 25_000) + "ties matter.",
        "100k question marks" => Repeat("?", 100_000) + "\" no",
        "10k short paragraphs" => Repeat("Xi said it.\n\n", 10_000),
        "100k chinese negators before one attribute" => "习近平指出," + Repeat("不", 100_000) + "的红线。",
        "1 MB of chinese without punctuation" => Repeat("中美关系", 250_000),
        "100k commas in chinese speech" => "习近平指出" + Repeat(",", 100_000) + "。",
        "100k chinese quotes" => Repeat("“台独”", 33_000),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Crafted_input_analyses_and_compares_without_hanging(string name)
    {
        var text = Input(name);
        var sample = Readouts.SampleChina;
        var watch = Stopwatch.StartNew();
        var work = Task.Run(() =>
        {
            Readout readout;
            try
            {
                readout = Readout.Parse(text, name: name);
            }
            catch (Exception e) when (e is ReadoutFormatException || e.GetType() == typeof(ArgumentException))
            {
                // A documented rejection (an input size limit) is an answer too; the guard is against hangs.
                return -1;
            }

            var forward = ReadoutComparer.Default.Compare(sample, readout);
            Invariants.Check(forward.Right);
            _ = ComparisonJson.Serialize(forward, indented: false);
            _ = ReadoutComparer.Default.Compare(readout, sample);
            _ = ArticleSplitter.Default.Split(text, name);
            return forward.Right.Sentences.Length;
        });
        var finished = await Task.WhenAny(work, Task.Delay(HangGuard)) == work;
        finished.Should().BeTrue($"'{name}' should finish within the {HangGuard.TotalSeconds} s hang guard");
        var sentences = await work;
        output.WriteLine($"{name}: {text.Length:N0} chars, {(sentences < 0 ? "rejected as too large" : sentences + " sentences")}, {watch.Elapsed.TotalSeconds:F2} s");
    }
}
