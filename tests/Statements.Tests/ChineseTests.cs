using Statements.Language;
using Statements.Text;

namespace Statements.Tests;

/// <summary>
/// Chinese readouts (issue 19): the Xinhua originals of ../shared/corpus/zh read as Chinese, checked against what a
/// reader finds by hand in the text; held against the White House readout; and against the Chinese side's own English
/// version. Tests on the corpus skip cleanly where ../shared is absent; the others use texts of their own.
/// </summary>
public sealed class ChineseTests
{
    private const string Call20240402 = "corpus/zh/2024-04-02_us-cn_biden-xi-call";
    private const string Call20220728 = "corpus/zh/2022-07-28_us-cn_biden-xi-call";

    private static Readout Load(string folder, string file) => Readout.Load(System.IO.Path.Combine(SharedCorpus.Require(), folder, file));

    private static ReadoutAnalysis Analyze(Readout readout) => ReadoutComparer.Default.Analyze(readout);

    [SkippableFact]
    public void The_2024_call_has_the_sentences_and_claims_counted_by_hand_with_their_speakers()
    {
        var analysis = Analyze(Load(Call20240402, "cn-zh.txt"));

        // Five paragraphs of 2, 3, 2, 5 and 4 sentences, each ending at 。.
        analysis.Sentences.Should().HaveCount(16);
        analysis.Sentences.Select(s => s.Paragraph).Distinct().Should().HaveCount(5);

        // The dateline sentence says only that the call took place; the second is both presidents'; everything after
        // "习近平指出," is Xi's speech running on, cut at its enumerators (一是, 二是, 三是), a clause with a subject of its
        // own (中美关系出现 ...) and a modal of obligation (应该 ...).
        var claims = analysis.Claims;
        claims.Should().HaveCount(17);
        claims[0].Speaker.Should().Be(Speakers.Both);
        claims[0].Text.Should().Be("两国元首就中美关系以及双方共同关心的问题坦诚深入交换了意见");
        claims.Skip(1).Should().OnlyContain(c => c.Speaker == "Xi Jinping");
        claims.Select(c => c.Text).Should().Contain(
        [
            "去年11月,我和总统先生在旧金山会晤,开启了面向未来的“旧金山愿景”",
            "中美关系出现企稳态势,受到两国各界和国际社会欢迎",
            "应该相互尊重、和平共处、合作共赢,继续沿着稳定、健康、可持续的道路向前走,而不应该走回头路",
            "一是以和为贵,坚守不冲突不对抗的底线,不断提升对中美关系的正面预期",
            "台湾问题是中美关系第一条不可逾越的红线",
            "对于“台独”势力分裂活动和外部纵容支持,我们不会听之任之",
        ]);
        claims.Single(c => c.Text.StartsWith("台湾问题", StringComparison.Ordinal)).Cue.Should().Be("强调");

        // "不可逾越的红线" is an attribute, not a negation; "我们不会听之任之" and "不能不来往" are negations; "不断" is a word.
        claims.Single(c => c.Text.StartsWith("台湾问题", StringComparison.Ordinal)).Negated.Should().BeFalse();
        claims.Single(c => c.Text.StartsWith("对于", StringComparison.Ordinal)).Negated.Should().BeTrue();
        claims.Single(c => c.Text.StartsWith("中美这样两个大国", StringComparison.Ordinal)).Negated.Should().BeTrue();
        claims.Single(c => c.Text.StartsWith("一是", StringComparison.Ordinal)).Negated.Should().BeFalse();
        claims.Single(c => c.Text.StartsWith("希望美方", StringComparison.Ordinal)).Modality.Should().Be(Modality.Hope);

        analysis.Participants.Select(p => p.Name).Should().BeEquivalentTo(["Xi Jinping", "Joe Biden"]);
    }

    [SkippableFact]
    public void The_2022_call_has_the_sentences_and_claims_counted_by_hand()
    {
        var analysis = Analyze(Load(Call20220728, "cn-zh.txt"));
        analysis.Sentences.Should().HaveCount(17);
        analysis.Claims.Should().HaveCount(16);
        analysis.Claims[0].Speaker.Should().Be(Speakers.Both);
        analysis.Claims.Skip(1).Should().OnlyContain(c => c.Speaker == "Xi Jinping");

        // "习近平重点阐述了 ..." keeps its cue in the claim; "我们坚决反对 ..." inside Xi's speech is Xi's.
        analysis.Claims.Should().Contain(c => c.Text == "重点阐述了中方在台湾问题上的原则立场" && c.Cue == "指出");
        analysis.Claims.Should().Contain(c => c.Text.StartsWith("坚决反对“台独”分裂和外部势力干涉", StringComparison.Ordinal) && c.Cue == "反对");
        analysis.Claims.Single(c => c.Text == "民意不可违,玩火必自焚").Negated.Should().BeTrue();
    }

    [SkippableFact]
    public void Tone_keys_topics_and_spans_of_the_2024_call()
    {
        var readout = Load(Call20240402, "cn-zh.txt");
        var analysis = Analyze(readout);
        analysis.ToneKeys.Should().Contain(["candid", "in-depth", "red line", "will not sit idly by", "bottom line", "mutual respect", "win-win cooperation"]);
        analysis.ToneKeys.Should().NotContain("constructive");
        analysis.ToneHits.Single(h => h.Key == "red line").Text.Should().Be("红线");
        analysis.ToneHits.Single(h => h.Key == "candid").Text.Should().Be("坦诚");
        analysis.Topics.Should().Contain(["taiwan", "bilateral-relations", "trade-economy"]);
        analysis.Headline.Should().NotBeNull();
        analysis.Headline!.Text.Should().Be("坦诚深入");
        analysis.Headline.Keys.Should().Equal("candid", "in-depth");
        analysis.Claims.Single(c => c.Text.StartsWith("台湾问题", StringComparison.Ordinal)).Topics.Should().Contain("taiwan");

        foreach (var claim in analysis.Claims)
        {
            readout.Text.Substring(claim.Span.Start, claim.Span.Length).Should().Be(claim.Text);
        }

        foreach (var sentence in analysis.Sentences)
        {
            readout.Text.Substring(sentence.Span.Start, sentence.Span.Length).Should().Be(sentence.Text);
        }

        foreach (var hit in analysis.ToneHits)
        {
            readout.Text.Substring(hit.Span.Start, hit.Span.Length).Should().Be(hit.Text);
        }
    }

    [SkippableFact]
    public void The_chinese_original_against_the_white_house_keeps_the_taiwan_divergence_and_the_tone_keys()
    {
        var comparison = ReadoutComparer.Default.Compare(Load(Call20240402, "cn-zh.txt"), Load(Call20240402, "us.txt"));
        comparison.Tone.Shared.Should().Contain("candid");
        comparison.Tone.LeftOnly.Should().Contain("in-depth");
        comparison.Tone.RightOnly.Should().Contain("constructive");

        // The red line against "peace and stability across the Taiwan Strait": one row, divergent.
        var taiwan = comparison.Rows.Single(r => r.Left.Any(c => c.Text.Contains("红线", StringComparison.Ordinal)));
        taiwan.Kind.Should().Be(RowKind.Divergent);
        taiwan.Right.Should().Contain(c => c.Text.Contains("Taiwan Strait", StringComparison.Ordinal));

        // The facts of the Chinese original: a call, at Biden's request (应约), after the San Francisco meeting.
        var facts = comparison.Engagement.Facts.ToDictionary(f => f.Name);
        facts["format"].Left.Should().Be("call");
        facts["requestedBy"].Left.Should().Be("Joe Biden");
        facts["priorMeeting"].Left.Should().Be("我和总统先生在旧金山会晤");

        // No word diff across two languages: the row shows its evidence instead.
        taiwan.Diff.Should().BeEmpty();
        taiwan.Evidence.Should().Contain("topic: taiwan");
    }

    [SkippableFact]
    public void The_original_against_its_english_version_stops_where_the_partial_english_ends()
    {
        var comparison = ReadoutComparer.Default.CompareTranslation(Load(Call20240402, "cn-zh.txt"), Load(Call20240402, "cn.txt"));
        comparison.StoppedShort.Should().Contain("The English text is partial");
        comparison.Pairs.Should().HaveCountGreaterThan(8);

        // Checked by hand: the first pairs render each other sentence for sentence.
        comparison.Pairs[0].Translation[0].Text.Should().StartWith("On the evening of April 2, President Xi Jinping spoke with U.S. President Joe Biden");
        comparison.Pairs[1].Original[0].Text.Should().StartWith("两国元首就中美关系");
        comparison.Pairs[1].Translation[0].Text.Should().StartWith("The two presidents had a candid and in-depth exchange of views");
        comparison.Pairs[1].Evidence.Should().Contain("formulation: candid-in-depth-exchange");
        comparison.Omitted.Should().BeEmpty();
    }

    [SkippableFact]
    public void A_sentence_the_translation_drops_is_listed_as_left_out()
    {
        var original = Load(Call20240402, "cn-zh.txt");
        var english = Load(Call20240402, "cn.txt");

        // Drop the first-button sentence (the original's sixth).
        const string FirstButton = "President Xi Jinping stressed that the issue of strategic perception is always fundamental to the China-U.S. relationship, just like the first button of a shirt that must be put right. ";
        english.Text.Should().Contain(FirstButton);
        var edited = english with
        {
            Text = english.Text.Replace(FirstButton, "", StringComparison.Ordinal),
        };
        var comparison = ReadoutComparer.Default.CompareTranslation(original, edited);
        comparison.Omitted.Select(s => s.Text).Should().Contain("习近平强调,战略认知问题始终是中美关系必须扣好的“第一粒纽扣”。");
        comparison.Omitted.Should().ContainSingle("the other sentences still have their counterparts");
        comparison.Pairs.Should().Contain(p => p.Original.Any(s => s.Text.StartsWith("中美这样两个大国", StringComparison.Ordinal)) && p.Translation.Any(s => s.Text.StartsWith("Two big countries", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public void Every_folder_with_both_texts_gets_a_translation_report_in_every_format()
    {
        var root = System.IO.Path.Combine(SharedCorpus.Require(), "corpus", "zh");
        var folders = Directory.GetDirectories(root).Where(d => File.Exists(System.IO.Path.Combine(d, "cn.txt"))).ToList();
        folders.Should().HaveCountGreaterThanOrEqualTo(5);
        foreach (var folder in folders)
        {
            var comparison = ReadoutComparer.Default.CompareTranslation(Readout.Load(System.IO.Path.Combine(folder, "cn.txt")), Readout.Load(System.IO.Path.Combine(folder, "cn-zh.txt")));
            comparison.Original.Readout.Language.Should().StartWith("zh", "the Chinese text is the original whichever order it is given in");
            comparison.Pairs.Should().NotBeEmpty(folder);
            var covered = comparison.Pairs.SelectMany(p => p.Original).Concat(comparison.Omitted).Select(s => s.Index).ToList();
            covered.Should().OnlyHaveUniqueItems();
            Rendering.TranslationRenderer.ToText(comparison).Should().Contain("Aligned");
            Rendering.TranslationRenderer.ToMarkdown(comparison).Should().Contain("| original | translation | anchors |");
            Rendering.TranslationRenderer.ToHtml(comparison).Should().Contain("lang=\"zh-Hans\"");
            using var json = System.Text.Json.JsonDocument.Parse(Rendering.TranslationRenderer.ToJson(comparison));
            json.RootElement.GetProperty("pairs").GetArrayLength().Should().Be(comparison.Pairs.Length);
            Rendering.TranslationRenderer.ToCsv(comparison).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1 + comparison.Pairs.Length + comparison.Omitted.Length + comparison.Added.Length);
        }
    }

    [Fact]
    public void A_translation_comparison_needs_one_chinese_text()
    {
        var english = new Readout("President Biden spoke with President Xi.", "United States") { Language = "en" };
        var act = () => ReadoutComparer.Default.CompareTranslation(english, english);
        act.Should().Throw<ArgumentException>().WithMessage("*neither is Chinese*");
    }

    [Fact]
    public void A_chinese_text_without_a_language_header_is_read_as_chinese()
    {
        var readout = new Readout("习近平指出,中美关系正处于重要关口。拜登表示,美方愿同中方加强沟通。", "China");
        var analysis = ReadoutComparer.Default.Analyze(readout);
        analysis.Sentences.Should().HaveCount(2);
        analysis.Claims.Select(c => c.Speaker).Should().Equal("Xi Jinping", "Joe Biden");
        analysis.Claims[1].Modality.Should().Be(Modality.Intention);
    }

    [Fact]
    public void A_chinese_text_labelled_english_is_still_read_with_the_chinese_rules()
    {
        var readout = new Readout("习近平强调,台湾问题是中美关系第一条不可逾越的红线。", "China") { Language = "en" };
        var analysis = ReadoutComparer.Default.Analyze(readout);
        analysis.Claims.Should().ContainSingle().Which.Speaker.Should().Be("Xi Jinping");
        analysis.ToneKeys.Should().Contain("red line");
    }

    [Fact]
    public void Traditional_characters_are_read_through_their_simplified_forms_and_spans_keep_the_text_as_written()
    {
        var text = "習近平強調,臺灣問題是中美關係第一條不可逾越的紅線。拜登表示,美方不支持「台獨」。";
        var readout = new Readout(text, "China") { Language = "zh-Hant" };
        var analysis = ReadoutComparer.Default.Analyze(readout);
        analysis.Claims.Select(c => c.Speaker).Should().Equal("Xi Jinping", "Joe Biden");
        analysis.ToneKeys.Should().Contain("red line");
        analysis.ToneHits.Single(h => h.Key == "red line").Text.Should().Be("紅線");
        analysis.Claims[1].Negated.Should().BeTrue();
        foreach (var claim in analysis.Claims)
        {
            text.Substring(claim.Span.Start, claim.Span.Length).Should().Be(claim.Text);
        }
    }

    [Fact]
    public void Mixed_script_text_keeps_every_character_in_a_sentence()
    {
        var text = "习近平指出,G20峰会和APEC会议都很重要。拜登表示,美方愿就COVID-19疫情同中方合作! President Biden said so.";
        var analysis = ReadoutComparer.Default.Analyze(new Readout(text, "China") { Language = "zh-Hans" });
        var covered = new bool[text.Length];
        foreach (var sentence in analysis.Sentences)
        {
            for (var i = sentence.Span.Start; i < sentence.Span.End; i++)
            {
                covered[i] = true;
            }
        }

        Enumerable.Range(0, text.Length).Where(i => !char.IsWhiteSpace(text[i])).Should().OnlyContain(i => covered[i]);
        analysis.Claims.Should().Contain(c => c.Text.Contains("G20峰会", StringComparison.Ordinal) && c.Speaker == "Xi Jinping");
        analysis.Claims.Should().Contain(c => c.Text.Contains("COVID-19", StringComparison.Ordinal) && c.Speaker == "Joe Biden");
    }

    [Fact]
    public void Sentences_do_not_end_inside_quotations_or_titles_but_do_after_a_closing_quote()
    {
        var text = "习近平强调,中国古诗曰:“山重水复疑无路,柳暗花明又一村。”中美应该向前看。他提到《联合国宪章》。一是以和为贵；二是以稳为重";
        var sentences = ChineseSentenceSplitterSpans(text);
        sentences.Should().Equal(
            "习近平强调,中国古诗曰:“山重水复疑无路,柳暗花明又一村。”",
            "中美应该向前看。",
            "他提到《联合国宪章》。",
            "一是以和为贵；",
            "二是以稳为重");
    }

    [Fact]
    public void The_segmenter_keeps_the_languages_words_whole_and_single_character_words_only_where_they_stand_alone()
    {
        var segmenter = ReadoutLanguage.Chinese.Segmenter!;
        const string Text = "习近平同拜登通电话,开启旧金山愿景,两国元首不断推动中美关系,不会听之任之。";
        var words = segmenter.Segment(Text, new Span(0, Text.Length)).Select(w => Text.Substring(w.Start, w.Length)).ToList();
        words.Should().Contain(["习近平", "拜登", "旧金山愿景", "两国元首", "不断"]);
        words.Should().NotContain("不", "in 不断 and 不会 the character is part of a word");
        var spans = segmenter.Segment(Text, new Span(0, Text.Length));
        spans.Zip(spans.Skip(1)).Should().OnlyContain(p => p.First.End <= p.Second.Start);
    }

    [Fact]
    public void Chinese_needs_no_english_word_list_and_loads_its_own_data()
    {
        var chinese = ReadoutLanguage.Chinese;
        chinese.Tag.Should().Be("zh-Hans");
        chinese.WithoutSpaces.Should().BeTrue();
        chinese.Glossary.Should().Contain(g => g.Key == "one-china" || g.Forms.Contains("一个中国原则"));
        chinese.People.Should().Contain(p => p.Name == "Xi Jinping" && p.Forms.Contains("习近平"));
        chinese.Lexicon.Entries.Select(e => e.Key).Should().BeSubsetOf(ReadoutLanguage.English.Lexicon.Entries.Select(e => e.Key), "Chinese tone words map to the English keys");
        chinese.Topics.Topics.Select(t => t.Id).Should().BeEquivalentTo(ReadoutLanguage.English.Topics.Topics.Select(t => t.Id));
        chinese.Normalizer.Should().BeOfType<ChineseNormalizer>();
        ReadoutLanguage.English.Segmenter.Should().BeNull();
    }

    [Fact]
    public void A_malformed_glossary_line_names_the_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("statements-glossary-");
        try
        {
            File.WriteAllText(System.IO.Path.Combine(folder.FullName, "glossary.txt"), "# comment\none-china | 一个中国原则 | one-china principle\n");
            var act = () => ReadoutLanguage.Chinese.ToBuilder().AddFrom(folder.FullName);
            act.Should().Throw<LanguageDataException>().WithMessage("*glossary.txt*line 2*4 columns*");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<string> ChineseSentenceSplitterSpans(string text) =>
        [.. Sentences.ChineseSentenceSplitter.Instance.Split(text).Select(s => text.Substring(s.Span.Start, s.Span.Length))];
}
