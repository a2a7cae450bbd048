using System.Text;
using Statements.Alignment;
using Statements.Language;
using Statements.Serialization;
using Statements.Topics;

namespace Statements.Tests;

/// <summary>
/// The readout language (issue 17): a custom language reaches every stage of one comparison, the built-in English
/// one is complete and rebuilds to the same results, a language folder loads, and bad data or arguments are refused
/// with a message that says where and what.
/// </summary>
public class LanguageTests
{
    // A U.S. readout of a call with the (made-up) Prime Minister of Zealandia, and the Zealandian readout.
    private const string LeftText =
        "President Anna Lind spoke with Prime Minister Aroha of Zealandia. " +
        "President Lind saluted the rescue crews of the northern floods. " +
        "The Zealandian leader said the government would widen its export credits. " +
        "The two leaders discussed protecting kelp forests near the southern islands.";

    private const string RightText =
        "Prime Minister Aroha spoke with President Anna Lind of the United States. " +
        "Both sides exchanged views on new seaweed farms for rural towns.";

    private static readonly Topic Kelp = new("kelp", "Kelp", "Kelp forests and seaweed farming.", ["kelp forests", "seaweed farms"], []);

    /// <summary>English plus one reporting cue, one country and one topic.</summary>
    private static ReadoutLanguage Custom() => ReadoutLanguage.English.ToBuilder()
        .AddReportingCue("saluted", "welcomed", 1)
        .AddCountry("Zealandia", "zealandia", "zealandian")
        .AddTopic(Kelp)
        .Build();

    private static ReadoutComparer With(ReadoutLanguage language) => ReadoutComparer.CreateBuilder().UseLanguage(language).Build();

    private static Comparison CompareCall(ReadoutComparer comparer) =>
        comparer.Compare(Readout.Parse(LeftText, side: "United States"), Readout.Parse(RightText, side: "Zealandia"));

    private static Claim ClaimWith(ReadoutAnalysis analysis, string words) => analysis.Claims.Single(c => c.Text.Contains(words, StringComparison.Ordinal));

    private static ComparisonRow RowOf(Comparison comparison, Claim claim) => comparison.Rows.Single(r => r.Left.Contains(claim) || r.Right.Contains(claim));

    // ---- 1. a custom language reaches every stage of one comparison ----

    [Fact]
    public void A_custom_reporting_cue_makes_its_sentence_a_cued_claim_of_the_participant()
    {
        var english = ClaimWith(CompareCall(ReadoutComparer.Default).Left, "saluted");
        var custom = ClaimWith(CompareCall(With(Custom())).Left, "saluted");

        // English reads the sentence with no cue (hers only because her name opens it); the custom cue makes it a cued claim.
        english.Cue.Should().BeNull();
        english.Speaker.Should().Be("Anna Lind");
        custom.Cue.Should().Be("saluted");
        custom.CueStrength.Should().Be(1);
        custom.Speaker.Should().Be("Anna Lind");
        custom.Text.Should().StartWith("President Lind saluted");
    }

    [Fact]
    public void A_custom_country_gives_a_participant_its_side_and_resolves_the_demonym_leader_to_them()
    {
        var english = CompareCall(ReadoutComparer.Default).Left;
        var custom = CompareCall(With(Custom())).Left;

        english.Participants.Single(p => p.Name == "Aroha").Country.Should().BeNull();
        custom.Participants.Single(p => p.Name == "Aroha").Country.Should().Be("Zealandia");
        ClaimWith(english, "export credits").Speaker.Should().NotBe("Aroha");
        ClaimWith(custom, "export credits").Speaker.Should().Be("Aroha");
    }

    [Fact]
    public void A_custom_topic_aligns_two_claims_that_share_only_its_aliases()
    {
        var english = CompareCall(ReadoutComparer.Default);
        var custom = CompareCall(With(Custom()));

        var (el, er) = (ClaimWith(english.Left, "kelp forests"), ClaimWith(english.Right, "seaweed farms"));
        RowOf(english, el).Right.Should().NotContain(er);
        el.Topics.Should().NotContain("kelp");

        var (cl, cr) = (ClaimWith(custom.Left, "kelp forests"), ClaimWith(custom.Right, "seaweed farms"));
        cl.Topics.Should().Contain("kelp");
        cr.Topics.Should().Contain("kelp");
        LinkScore(custom, cl, cr).Should().BeGreaterThan(LinkScore(english, el, er), "the shared custom topic is evidence of the same matter");
    }

    /// <summary>The score of the link between two claims, or of the right one as the left one's nearest counterpart; 0 when neither.</summary>
    private static double LinkScore(Comparison comparison, Claim left, Claim right) =>
        comparison.Links.FirstOrDefault(k => k.Left == left && k.Right == right)?.Score
        ?? (RowOf(comparison, left).Nearest is { } nearest && nearest.Claim == right ? nearest.Score : 0);

    [Fact]
    public void The_custom_topic_reaches_the_similarity_itself_through_UseLanguage_and_UseTopics_both()
    {
        // The same two claims, tagged "kelp" by the custom tagger: only a similarity that knows the topic counts it as
        // named in the claims' own words (specific, full weight); English counts it as context only.
        var byLanguage = With(Custom());
        var byTopics = ReadoutComparer.CreateBuilder().UseTopics(TopicTaxonomy.Default.With(Kelp)).Build();
        foreach (var comparer in new[] { byLanguage, byTopics })
        {
            var comparison = CompareCall(comparer);
            var (left, right) = (ClaimWith(comparison.Left, "kelp forests"), ClaimWith(comparison.Right, "seaweed farms"));
            var score = comparer.Similarity.Score(left, right);

            score.Should().BeGreaterThan(ReadoutComparer.Default.Similarity.Score(left, right) + 0.1);
            score.Should().BeGreaterThanOrEqualTo(0.3, "the default alignment threshold");
            var english = CompareCall(ReadoutComparer.Default);
            LinkScore(comparison, left, right).Should().BeGreaterThan(LinkScore(english, ClaimWith(english.Left, "kelp forests"), ClaimWith(english.Right, "seaweed farms")));
        }
    }

    // ---- 2. the built-in English language ----

    [Fact]
    public void English_is_tagged_en_and_has_every_list()
    {
        var english = ReadoutLanguage.English;
        english.Tag.Should().Be("en");
        foreach (var list in LanguageLists.WordLists.Except(LanguageLists.OptionalWordLists))
        {
            english.Words(list).Should().NotBeEmpty(list);
        }

        foreach (var list in LanguageLists.GroupLists.Except([LanguageLists.EngagementFormats]))
        {
            english.Groups(list).Should().NotBeEmpty(list);
        }

        english.ReportingCues.Should().NotBeEmpty();
        english.Countries.Should().Contain(c => c.Name == "China");
        english.Topics.Topics.Should().Contain(t => t.Id == "taiwan");
        english.Lexicon.Entries.Should().NotBeEmpty();
    }

    [SkippableFact]
    public void English_rebuilt_from_its_builder_compares_a_real_pair_to_the_same_json_as_the_default()
    {
        var root = SharedCorpus.Require();
        var dir = Path.Combine(root, "corpus", "pairs", "2024-04-02_us-cn_biden-xi-call");
        var (left, right) = (Readout.Load(Path.Combine(dir, "cn.txt")), Readout.Load(Path.Combine(dir, "us.txt")));
        var rebuilt = ReadoutLanguage.English.ToBuilder().Build();
        var comparer = With(rebuilt);

        rebuilt.Should().NotBeSameAs(ReadoutLanguage.English);
        comparer.Language.Should().BeSameAs(rebuilt);
        var json = ComparisonJson.Serialize(comparer.Compare(left, right));
        json.Should().Be(ComparisonJson.Serialize(ReadoutComparer.Default.Compare(left, right)));
        json.Should().Contain("\"candid\"");
    }

    // ---- 3. a language folder ----

    [Fact]
    public void A_folder_holding_every_English_file_loads_and_compares_the_sample_as_English_does()
    {
        using var temp = new TempFolder();
        var folder = temp.WriteEnglish("en");
        File.WriteAllText(Path.Combine(folder, "README.md"), "# notes, not a list\n");

        var loaded = ReadoutLanguage.Load(folder);

        loaded.Tag.Should().Be("en");
        loaded.Should().NotBeSameAs(ReadoutLanguage.English);
        var (left, right) = Readouts.Sample;
        ComparisonJson.Serialize(With(loaded).Compare(left, right))
            .Should().Be(ComparisonJson.Serialize(ReadoutComparer.Default.Compare(left, right)));
    }

    [Fact]
    public void A_complete_load_refuses_a_folder_that_misses_a_file_and_names_it()
    {
        using var temp = new TempFolder();
        var folder = temp.WriteEnglish("en");
        File.Delete(Path.Combine(folder, "negators.txt"));

        var ex = FluentActions.Invoking(() => ReadoutLanguage.Load(folder)).Should().Throw<LanguageDataException>().Which;

        Path.GetFileName(ex.File).Should().Be("negators.txt");
        ex.Message.Should().StartWith($"{ex.File}: is missing").And.Contain(Path.DirectorySeparatorChar + "negators.txt");
    }

    [Fact]
    public void A_file_with_an_unknown_name_is_refused_and_named()
    {
        using var temp = new TempFolder();
        var folder = temp.WriteEnglish("en");
        File.WriteAllText(Path.Combine(folder, "negator.txt"), "hardly\n");

        var ex = FluentActions.Invoking(() => ReadoutLanguage.Load(folder)).Should().Throw<LanguageDataException>().Which;
        ex.File.Should().EndWith("negator.txt");
        ex.Message.Should().Contain("is not a language file").And.Contain("negators.txt");

        FluentActions.Invoking(() => ReadoutLanguage.English.ToBuilder().AddFrom(folder)).Should().Throw<LanguageDataException>()
            .Which.File.Should().EndWith("negator.txt");
    }

    [Fact]
    public void AddFrom_a_folder_with_one_small_file_adds_what_it_holds_to_English()
    {
        using var temp = new TempFolder();
        temp.Write("reporting-cues.txt", "# one more cue\nsaluted | 1 | report | saluted\n");

        var language = ReadoutLanguage.English.ToBuilder().AddFrom(temp.Path).Build();

        language.ReportingCues.Should().HaveCount(ReadoutLanguage.English.ReportingCues.Length + 1)
            .And.Contain(c => c.Lemma == "saluted" && c.Forms.Contains("saluted"));
        language.Words(LanguageLists.Negators).Should().Equal(ReadoutLanguage.English.Words(LanguageLists.Negators));
        var claim = ClaimWith(With(language).Analyze(Readout.Parse(LeftText, side: "United States")), "saluted");
        claim.Cue.Should().Be("saluted");
        claim.Speaker.Should().Be("Anna Lind");
    }

    // ---- 4. malformed data files ----

    [Theory]
    [InlineData("negators.txt", "# negation\nnot\nnever | ever\n", "line 3", "without '|'")]
    [InlineData("concepts.txt", "# concepts\n~kelp | kelp | seaweed\n", "line 2", "expected 2 columns")]
    [InlineData("publishers.txt", "Xinhua\n", "line 1", "expected 2 columns separated by '|' (key | word, word, ...), found 1")]
    [InlineData("concepts.txt", "\n\nkelp | kelp, seaweed\n", "line 3", "a concept id starts with '~' (found \"kelp\")")]
    [InlineData("abbreviations.txt", "title | mr\nweekday | mon, tue\n", "line 2", "title, month or may-end (found \"weekday\")")]
    [InlineData("modality.txt", "# modality\nwish | hope\n", "line 2", "condition, obligation, intention or hope (found \"wish\")")]
    [InlineData("reporting-cues.txt", "# cues\n\nsaid | x | report | said\n", "line 3", "strength must be a number above 0 and at most 3 (found \"x\")")]
    [InlineData("reporting-cues.txt", "said | 0 | report | said\n", "line 1", "strength must be a number above 0 and at most 3 (found \"0\")")]
    [InlineData("reporting-cues.txt", "said | 1 | report | said\nsaid | 4 | report | said\n", "line 2", "strength must be a number above 0 and at most 3 (found \"4\")")]
    [InlineData("reporting-cues.txt", "said | 1 | verb | said\n", "line 1", "the kind must be report, act, discussion, participle or noun (found \"verb\")")]
    [InlineData("reporting-cues.txt", "# cues\nsaid | 1 | report |\n", "line 2", "the forms column is empty")]
    [InlineData("countries.txt", "# countries\nZealandia | zealandia\n", "line 2", "expected 3 columns")]
    [InlineData("negators.txt", "not\nne\0ver\n", "line 2", "NUL character")]
    [InlineData("courtesies.txt", "# courtesies\ncongrat\0ulated\n", "line 2", "NUL character")]
    [InlineData("area-nouns.txt", "# area nouns\nplace | situation\n", "line 2", "an area-nouns key is noun or stop")]
    [InlineData("title-forms.txt", "# short titles\nprime minister |\n", "line 2", "empty")]
    [InlineData("topics.json", "{ \"topics\": [ { \"label\": \"Kelp\", \"aliases\": [\"kelp\"] } ] }", "$.topics[0].id", "is missing")]
    [InlineData("topics.json", "{ \"topics\": [ { \"id\": \"kelp\", \"aliases\": \"kelp\" } ] }", "$.topics[0].aliases", "expected an array")]
    [InlineData("lexicon.json", "{ \"entries\": [ { \"key\": \"calm\", \"category\": \"fury\", \"intensity\": 1, \"forms\": [\"calm\"] } ] }", "$.entries[0].category", "\"fury\" is not a tone category")]
    [InlineData("lexicon.json", "{ \"entries\": [ { \"key\": \"calm\", \"category\": \"warmth\", \"intensity\": 1, \"forms\": \"calm\" } ] }", "$.entries[0].forms", "expected an array")]
    public void A_malformed_file_is_refused_naming_the_file_the_place_and_the_problem(string file, string content, string location, string problem)
    {
        using var temp = new TempFolder();
        temp.Write(file, content);

        var ex = FluentActions.Invoking(() => ReadoutLanguage.English.ToBuilder().AddFrom(temp.Path)).Should().Throw<LanguageDataException>().Which;

        Path.GetFileName(ex.File).Should().Be(file);
        ex.Location.Should().Be(location);
        ex.Problem.Should().Contain(problem);
        ex.Message.Should().StartWith($"{ex.File}, {location}: ").And.Contain(problem);
        ex.File.Should().Be(System.IO.Path.Combine(temp.Path, file), "a file read from a folder is named by its full path");
    }

    [Fact]
    public void A_line_file_that_is_not_UTF_8_is_refused_naming_the_file()
    {
        using var temp = new TempFolder();
        temp.Write("stop-words.txt", [.. "the\ncaf"u8, 0xE9, .. "\n"u8]); // Latin-1 "café"

        var ex = FluentActions.Invoking(() => ReadoutLanguage.English.ToBuilder().AddFrom(temp.Path)).Should().Throw<LanguageDataException>().Which;

        Path.GetFileName(ex.File).Should().Be("stop-words.txt");
        ex.Message.Should().Be($"{ex.File}: is not UTF-8 text.");
        ex.InnerException.Should().BeOfType<DecoderFallbackException>();
    }

    [Fact]
    public void A_JSON_file_that_is_not_UTF_8_is_refused_instead_of_read_with_replacement_characters()
    {
        using var temp = new TempFolder();
        temp.Write("topics.json", [.. "{\"topics\":[{\"id\":\"caf"u8.ToArray(), 0xE9, .. "\"}]}"u8.ToArray()]);

        var ex = FluentActions.Invoking(() => ReadoutLanguage.English.ToBuilder().AddFrom(temp.Path)).Should().Throw<LanguageDataException>().Which;

        ex.Message.Should().Be($"{ex.File}: is not UTF-8 text.");
        Path.GetFileName(ex.File).Should().Be("topics.json");
    }

    [Fact]
    public void A_topics_file_that_is_not_JSON_is_refused_naming_the_file_and_the_parser_position()
    {
        using var temp = new TempFolder();
        temp.Write("topics.json", "kelp: [kelp forests]\n");

        var ex = FluentActions.Invoking(() => ReadoutLanguage.English.ToBuilder().AddFrom(temp.Path)).Should().Throw<LanguageDataException>().Which;

        Path.GetFileName(ex.File).Should().Be("topics.json");
        ex.Message.Should().StartWith(ex.File).And.Contain("Not a valid topic taxonomy").And.Contain("LineNumber: 0 | BytePositionInLine: 0");
    }

    [Fact]
    public void The_optional_courtesies_list_comes_from_the_folder_and_a_folder_without_it_marks_no_courtesy()
    {
        using var temp = new TempFolder();
        const string sentence = "The President applauded the Prime Minister on his election victory.";
        temp.Write("courtesies.txt", "# courtesies\napplauded\n");
        var added = ReadoutLanguage.English.ToBuilder().AddFrom(temp.Path).Build();
        CourtesyIn(added, sentence).Should().BeTrue("the folder's list adds the word");
        CourtesyIn(ReadoutLanguage.English, sentence).Should().BeFalse("English's own list does not hold it");

        var whole = ReadoutLanguage.Load(temp.WriteEnglish("en"));
        CourtesyIn(whole, "The President congratulated the Prime Minister on his election victory.").Should().BeFalse("a folder loaded whole without the optional list has no words of courtesy");
    }

    private static bool CourtesyIn(ReadoutLanguage language, string sentence)
    {
        var claim = new ReadoutAnalyzer(language).Analyze(new Readout(sentence, "United States")).Claims.Single();
        return ClaimShape.Of(new TermSimilarity(language), claim).Courtesy;
    }

    [Fact]
    public void A_good_small_file_in_each_format_loads_so_the_refusals_are_about_the_content()
    {
        using var temp = new TempFolder();
        temp.Write("negators.txt", "# negation\nhardly\n");
        temp.Write("concepts.txt", "~kelp | kelp, seaweed\n");
        temp.Write("countries.txt", "Zealandia | nz | zealandia, zealandian\n");
        temp.Write("topics.json", "{ \"topics\": [ { \"id\": \"kelp\", \"aliases\": [\"kelp forests\"] } ] }");
        temp.Write("lexicon.json", "{ \"entries\": [ { \"key\": \"calm\", \"category\": \"warmth\", \"intensity\": 1, \"forms\": [\"calm\"] } ] }");

        var language = ReadoutLanguage.English.ToBuilder().AddFrom(temp.Path).Build();

        language.Words(LanguageLists.Negators).Should().Contain("hardly").And.Contain("not");
        language.Groups(LanguageLists.Concepts).Should().Contain(g => g.Key == "~kelp");
        language.FindCountry("Zealandian").Should().Be("Zealandia");
        language.SideNames["nz"].Should().Be("Zealandia");
        language.Topics.Topics.Should().Contain(t => t.Id == "kelp").And.Contain(t => t.Id == "taiwan");
        language.Lexicon.Entries.Should().Contain(e => e.Key == "calm").And.HaveCount(ReadoutLanguage.English.Lexicon.Entries.Length + 1);
    }

    // ---- 5. the builder ----

    [Fact]
    public void AddWords_to_an_unknown_list_throws_naming_the_lists()
    {
        var ex = FluentActions.Invoking(() => ReadoutLanguage.English.ToBuilder().AddWords("negator", "hardly")).Should().Throw<ArgumentException>().Which;

        ex.ParamName.Should().Be("list");
        ex.Message.Should().Contain("'negator' is not a word list").And.Contain("negators").And.Contain("stop-words");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void A_reporting_cue_strength_outside_above_0_to_3_throws(double strength)
    {
        FluentActions.Invoking(() => ReadoutLanguage.English.ToBuilder().AddReportingCue("saluted", "welcomed", strength))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("strength");
    }

    [Theory]
    [InlineData(ReportingCueKind.Act, Speakers.Narrator)]
    [InlineData(ReportingCueKind.Report, "Anna Lind")]
    public void A_cues_kind_decides_whether_the_speech_runs_on_after_it(ReportingCueKind kind, string speakerAfter)
    {
        var language = ReadoutLanguage.English.ToBuilder().AddReportingCue("saluted", "saluted", 1, kind).Build();
        var analysis = new ReadoutAnalyzer(language).Analyze(Readout.Parse(
            "President Anna Lind spoke with President Omar Diaz of Chile. President Lind saluted the rescue crews. The crews worked for a week.",
            side: "United States"));

        analysis.Claims.Single(c => c.Text.StartsWith("The crews", StringComparison.Ordinal)).Speaker.Should().Be(speakerAfter);
    }

    [Fact]
    public void The_english_cues_of_undertakings_and_thanks_are_acts_and_those_of_words_are_reports()
    {
        var kinds = ReadoutLanguage.English.ReportingCues.ToDictionary(c => c.Lemma, c => c.Kind);
        kinds["agreed"].Should().Be(ReportingCueKind.Act);
        kinds["welcomed"].Should().Be(ReportingCueKind.Act);
        kinds["said"].Should().Be(ReportingCueKind.Report);
        kinds["noted"].Should().Be(ReportingCueKind.Report);
        kinds["emphasized"].Should().Be(ReportingCueKind.Report);
    }

    [Fact]
    public void A_reporting_cue_strength_of_3_is_accepted()
    {
        var cue = ReadoutLanguage.English.ToBuilder().AddReportingCue("Saluted ", "welcomed", 3).Build().ReportingCues[0];
        (cue.Lemma, cue.Strength, cue.Kind).Should().Be(("welcomed", 3.0, ReportingCueKind.Report));
        cue.Forms.Should().Equal("saluted");
    }

    [Theory]
    [InlineData("en US")]
    [InlineData("en_US")]
    [InlineData("")]
    public void A_tag_that_is_not_BCP_47_throws(string tag)
    {
        FluentActions.Invoking(() => ReadoutLanguage.English.ToBuilder().WithTag(tag)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_BCP_47_tag_is_kept()
    {
        ReadoutLanguage.English.ToBuilder().WithTag("en-GB").Build().Tag.Should().Be("en-GB");
    }

    [Fact]
    public void A_built_language_does_not_change_when_its_builder_does_and_neither_does_English()
    {
        var builder = ReadoutLanguage.English.ToBuilder().AddWords(LanguageLists.Negators, "hardly");
        var built = builder.Build();

        builder.AddWords(LanguageLists.Negators, "scarcely")
            .AddReportingCue("saluted", "welcomed", 1)
            .AddCountry("Zealandia", "zealandian")
            .AddTopic(Kelp)
            .WithTag("en-NZ");

        built.Tag.Should().Be("en");
        built.Words(LanguageLists.Negators).Should().Contain("hardly").And.NotContain("scarcely");
        built.ReportingCues.Should().Equal(ReadoutLanguage.English.ReportingCues);
        built.FindCountry("zealandian").Should().BeNull();
        built.Topics.Topics.Should().NotContain(t => t.Id == "kelp");
        ReadoutLanguage.English.Words(LanguageLists.Negators).Should().NotContain("hardly");

        var rebuilt = builder.Build();
        rebuilt.Words(LanguageLists.Negators).Should().Contain("scarcely");
        rebuilt.FindCountry("zealandian").Should().Be("Zealandia");
    }

    [Fact]
    public void One_custom_language_used_by_8_parallel_comparisons_gives_identical_results()
    {
        var (left, right) = Readouts.Sample;
        var call = (Left: Readout.Parse(LeftText, side: "United States"), Right: Readout.Parse(RightText, side: "Zealandia"));
        string Run(ReadoutComparer comparer) =>
            ComparisonJson.Serialize(comparer.Compare(left, right)) + ComparisonJson.Serialize(comparer.Compare(call.Left, call.Right));

        var expected = Run(With(Custom()));
        expected.Should().Contain("saluted").And.Contain("\"kelp\"");

        // A fresh language and comparer, first used by all eight threads at once.
        var shared = With(Custom());
        var results = new string[8];
        using var start = new Barrier(results.Length);
        var threads = Enumerable.Range(0, results.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            results[i] = Run(shared);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        results.Should().AllBe(expected);
    }

    /// <summary>A temporary folder, deleted on dispose.</summary>
    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("statements-language-").FullName;

        public void Write(string name, string text) => File.WriteAllText(System.IO.Path.Combine(Path, name), text);

        public void Write(string name, byte[] bytes) => File.WriteAllBytes(System.IO.Path.Combine(Path, name), bytes);

        /// <summary>Writes every embedded English file into a sub-folder and returns it.</summary>
        public string WriteEnglish(string name)
        {
            var folder = Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;
            foreach (var file in LanguageLists.Files)
            {
                using var source = typeof(ReadoutLanguage).Assembly.GetManifestResourceStream("Statements.Language.en." + file);
                source.Should().NotBeNull(file);
                using var target = File.Create(System.IO.Path.Combine(folder, file));
                source!.CopyTo(target);
            }

            return folder;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
