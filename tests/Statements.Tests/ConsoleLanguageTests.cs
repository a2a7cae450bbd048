using System.Text.Json;

namespace Statements.Tests;

/// <summary>The console's --language, --language-replace and --topics options, end to end on a real pair.</summary>
public sealed class ConsoleLanguageTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("statements-language-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (string Left, string Right) RealPair()
    {
        var pair = Path.Combine(SharedCorpus.Require(), "corpus", "pairs", "2024-04-02_us-cn_biden-xi-call");
        return (Path.Combine(pair, "cn.txt"), Path.Combine(pair, "us.txt"));
    }

    private static IEnumerable<JsonElement> Claims(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("readouts").EnumerateArray().SelectMany(r => r.GetProperty("claims").EnumerateArray()).Select(c => c.Clone())];
    }

    [SkippableFact]
    public void A_language_folder_given_with_language_is_added_to_English_and_changes_the_claims()
    {
        var (left, right) = RealPair();
        var plain = ConsoleTests.Run("compare", left, right, "--format", "json");
        plain.Code.Should().Be(0, plain.Err);
        Claims(plain.Out).Where(c => c.GetProperty("cue").GetString() == "stressed").Should().NotBeEmpty("the pair's readouts use 'stressed'")
            .And.OnlyContain(c => c.GetProperty("cueStrength").GetDouble() == 2);

        // A folder holding one file: 'stressed' read as the strongest cue.
        File.WriteAllText(Path.Combine(folder, "reporting-cues.txt"), "# stronger\nstressed | 3 | report | stressed\n");
        var custom = ConsoleTests.Run("compare", left, right, "--format", "json", "--language", folder);
        custom.Code.Should().Be(0, custom.Err);
        Claims(custom.Out).Where(c => c.GetProperty("cue").GetString() == "stressed").Should().NotBeEmpty()
            .And.OnlyContain(c => c.GetProperty("cueStrength").GetDouble() == 3);
        Claims(custom.Out).Should().HaveSameCount(Claims(plain.Out), "only the strength of one cue changed");
    }

    [SkippableFact]
    public void A_taxonomy_given_with_topics_tags_the_claims_of_a_real_pair()
    {
        var (left, right) = RealPair();
        var taxonomy = Path.Combine(folder, "topics.json");
        File.WriteAllText(taxonomy, """{ "version": "test", "topics": [ { "id": "chips", "label": "Chips", "aliases": ["technology", "technologies", "semiconductors"] } ] }""");
        var result = ConsoleTests.Run("compare", left, right, "--format", "json", "--topics", taxonomy);
        result.Code.Should().Be(0, result.Err);
        var topics = Claims(result.Out).SelectMany(c => c.GetProperty("topics").EnumerateArray().Select(t => t.GetString())).Distinct().ToList();
        topics.Should().Contain("chips").And.NotContain("taiwan", "the built-in taxonomy is replaced");
    }

    [Fact]
    public void A_malformed_language_file_is_one_line_naming_the_file_and_line_and_exit_code_2()
    {
        var language = Directory.CreateDirectory(Path.Combine(folder, "language")).FullName;
        File.WriteAllText(Path.Combine(language, "negators.txt"), "not\nnever | nor\n");
        var sample = Path.Combine(folder, "sample.txt");
        File.WriteAllText(sample, "President Lind said the talks were useful.");
        var result = ConsoleTests.Run("analyze", sample, "--language", language);
        result.Code.Should().Be(2);
        result.Err.Trim().Should().Contain(Path.Combine(language, "negators.txt")).And.Contain("line 2").And.Contain("'|'");
        result.Err.Trim().Split('\n').Should().ContainSingle();
    }

    [Fact]
    public void An_unknown_file_in_a_language_folder_a_missing_folder_and_both_language_options_are_refused()
    {
        var sample = Path.Combine(folder, "sample.txt");
        File.WriteAllText(sample, "President Lind said the talks were useful.");
        var words = Directory.CreateDirectory(Path.Combine(folder, "words")).FullName;
        File.WriteAllText(Path.Combine(words, "negator.txt"), "not\n");
        var unknown = ConsoleTests.Run("analyze", sample, "--language", words);
        unknown.Code.Should().Be(2);
        unknown.Err.Should().Contain("negator.txt").And.Contain("is not a language file");

        var missing = ConsoleTests.Run("analyze", sample, "--language", Path.Combine(folder, "nowhere"));
        missing.Code.Should().Be(2);
        missing.Err.Should().Contain("not found");

        var both = ConsoleTests.Run("analyze", sample, "--language", words, "--language-replace", words);
        both.Code.Should().Be(2);
        both.Err.Should().Contain("cannot be used together");

        var incomplete = ConsoleTests.Run("analyze", sample, "--language-replace", Directory.CreateDirectory(Path.Combine(folder, "empty")).FullName);
        incomplete.Code.Should().Be(2);
        incomplete.Err.Should().Contain("is missing");
    }
}
