using System.Text;

namespace Statements.Tests;

/// <summary>
/// Issue 19, reading Chinese files: GB 18030, GBK and Big5 by an <c>encoding:</c> header or recognised, the
/// encoding named on the readout, the language guessed from the script where the header gives none, and every
/// bad input refused in one line. The legacy-encoded files are made here from UTF-8 text (the corpus's Chinese
/// originals, and two short texts of our own), so no binary fixture is committed.
/// </summary>
public sealed class EncodingTests : IDisposable
{
    /// <summary>Our own simplified text, with a header as the corpus files have one.</summary>
    internal const string Simplified =
        "publisher: 新华社\ntitle: 两国元首通电话\n---\n" +
        "新华社北京电 两国元首今晚通电话，就双边关系和共同关心的国际与地区问题坦诚深入地交换了意见。\n\n" +
        "他强调，台湾问题是两国关系中最重要、最敏感的问题，希望对方慎重处理。双方同意继续保持沟通，" +
        "并责成两国团队尽快落实会晤达成的共识。";

    /// <summary>Our own traditional text (Big5 holds every character of it).</summary>
    internal const string Traditional =
        "publisher: 中央社\ntitle: 兩國元首通電話\n---\n" +
        "兩國元首今晚通電話，就雙邊關係和共同關心的國際與地區問題坦誠深入地交換了意見。\n\n" +
        "他強調，臺灣問題是兩國關係中最重要、最敏感的問題，希望對方慎重處理。雙方同意繼續保持溝通，" +
        "並責成兩國團隊盡快落實會晤達成的共識。";

    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
    private static readonly Encoding Big5 = Strict(950);

    private readonly string folder = Directory.CreateTempSubdirectory("statements-encoding-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Encoding Strict(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Body(string content) => Readout.Parse(content).Text;

    [Theory]
    [InlineData("gb18030", 54936)]
    [InlineData("gbk", 936)]
    public void A_simplified_file_in_gb18030_or_gbk_without_a_header_is_recognised_and_keeps_its_text(string label, int codePage)
    {
        var path = Write($"{label}.txt", Strict(codePage).GetBytes(Simplified));

        var readout = Readout.Load(path);

        readout.Encoding.Should().Be("gb18030", "GB 18030 is the superset that reads GBK as well");
        readout.Text.Should().Be(Body(Simplified));
        readout.Publisher.Should().Be("新华社");
        readout.Title.Should().Be("两国元首通电话");
        readout.Language.Should().Be("zh-Hans");
    }

    [Fact]
    public void A_traditional_file_in_big5_without_a_header_is_recognised_and_keeps_its_text()
    {
        var readout = Readout.Load(Write("big5.txt", Big5.GetBytes(Traditional)));

        readout.Encoding.Should().Be("big5");
        readout.Text.Should().Be(Body(Traditional));
        readout.Publisher.Should().Be("中央社");
        readout.Language.Should().Be("zh-Hant");
    }

    [Fact]
    public void A_traditional_text_in_gb18030_is_read_as_gb18030_not_big5()
    {
        var readout = Readout.Load(Write("trad-gb.txt", Gb18030.GetBytes(Traditional)));

        readout.Encoding.Should().Be("gb18030");
        readout.Text.Should().Be(Body(Traditional));
        readout.Language.Should().Be("zh-Hant");
    }

    [Theory]
    [InlineData("gb18030", "gb18030")]
    [InlineData("GBK", "gbk")]
    [InlineData("gb2312", "gbk")]
    [InlineData("big5", "big5")]
    public void An_encoding_header_names_the_encoding_that_is_read(string label, string name)
    {
        var text = name == "big5" ? Traditional : Simplified;
        var content = $"encoding: {label}\n" + text;
        var bytes = name switch { "big5" => Big5.GetBytes(content), "gbk" => Gbk.GetBytes(content), _ => Gb18030.GetBytes(content) };

        var readout = Readout.Load(Write("named.txt", bytes));

        readout.Encoding.Should().Be(name);
        readout.Headers["encoding"].Should().Be(label);
        readout.Text.Should().Be(Body(text));
    }

    [Fact]
    public void A_header_wins_over_recognition_even_for_a_few_rare_characters()
    {
        // Two rare characters alone are not plausible enough to be recognised; the header says what they are.
        var rare = "title: x\n---\nThe names 龘 and 靐.";
        var unnamed = Write("rare.txt", Gb18030.GetBytes(rare));
        ((Action)(() => Readout.Load(unnamed))).Should().Throw<ReadoutFormatException>().WithMessage("*nor recognisably GB18030 or Big5*");

        var named = Readout.Load(Write("rare-named.txt", Gb18030.GetBytes("encoding: gb18030\n" + rare)));
        named.Text.Should().Be("The names 龘 and 靐.");
        named.Encoding.Should().Be("gb18030");
    }

    [Fact]
    public void Bytes_invalid_in_the_encoding_the_header_names_are_one_line_naming_file_encoding_and_byte()
    {
        // 0xA4 opens a Big5 character, and a space cannot end one.
        var path = Write("wrong-header.txt", [.. Encoding.ASCII.GetBytes("encoding: big5\n---\nTwo"), 0xA4, 0x20, .. Encoding.ASCII.GetBytes("sides.")]);

        var act = () => Readout.Load(path);

        act.Should().Throw<ReadoutFormatException>().Which.Message.Should().StartWith($"{path}: not Big5 text, the encoding its header names (invalid byte sequence at byte ").And.NotContain("\n");
    }

    [Fact]
    public void A_utf8_file_that_kept_a_legacy_encoding_header_is_refused_not_read_as_mojibake()
    {
        var path = Write("converted.txt", Encoding.UTF8.GetBytes("encoding: gbk\n" + Simplified));

        ((Action)(() => Readout.Load(path))).Should().Throw<ReadoutFormatException>()
            .WithMessage($"{path}: its header names the encoding \"gbk\", but the file is UTF-8 text; remove the encoding line, or save the file in GBK");
        Readout.Load(Write("ascii.txt", Encoding.ASCII.GetBytes("encoding: gbk\n---\nPlain ASCII is the same in GBK."))).Encoding.Should().Be("gbk");
    }

    [Fact]
    public void An_encoding_the_reader_does_not_accept_is_refused_by_name()
    {
        var path = Write("latin.txt", [.. Encoding.ASCII.GetBytes("encoding: windows-1252\n---\nCaf"), 0xE9]);

        ((Action)(() => Readout.Load(path))).Should().Throw<ReadoutFormatException>()
            .WithMessage($"{path}: its header names the encoding \"windows-1252\", which is not read;*");
    }

    [Fact]
    public void Utf8_and_utf16_files_say_so_and_parsed_text_names_no_encoding()
    {
        Readout.Load(Write("u8.txt", Encoding.UTF8.GetBytes(Simplified))).Encoding.Should().Be("utf-8");
        var utf16 = Readout.Load(Write("u16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Simplified)]));
        utf16.Encoding.Should().Be("utf-16");
        utf16.Text.Should().Be(Body(Simplified));
        Readout.Parse(Simplified).Encoding.Should().BeNull();
    }

    [Fact]
    public void A_utf8_file_with_a_utf8_encoding_header_reads_as_utf8()
    {
        var readout = Readout.Load(Write("u8h.txt", Encoding.UTF8.GetBytes("encoding: UTF-8\n" + Simplified)));
        readout.Encoding.Should().Be("utf-8");
        readout.Text.Should().Be(Body(Simplified));
    }

    [Fact]
    public void A_byte_order_mark_wins_over_an_encoding_header()
    {
        var content = "encoding: gbk\n" + Simplified;
        var utf8 = Readout.Load(Write("bom8.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(content)]));
        var utf16 = Readout.Load(Write("bom16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(content)]));

        utf8.Encoding.Should().Be("utf-8");
        utf16.Encoding.Should().Be("utf-16");
        utf8.Text.Should().Be(Body(Simplified)).And.Be(utf16.Text);
        utf8.Headers["encoding"].Should().Be("gbk", "the header is kept as given");
    }

    [Fact]
    public void A_truncated_multibyte_sequence_is_one_line_naming_the_file()
    {
        var bytes = Gbk.GetBytes(Simplified);
        var path = Write("cut.txt", bytes[..^1]); // the last character's trail byte is gone

        var act = () => Readout.Load(path);

        act.Should().Throw<ReadoutFormatException>().Which.Message.Should().StartWith($"{path}: not UTF-8 text (invalid byte sequence at byte ")
            .And.Contain("nor recognisably GB18030 or Big5").And.NotContain("\n");
    }

    [Fact]
    public void Binary_garbage_without_nul_bytes_is_refused_in_one_line()
    {
        var random = new Random(19);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(8, 4000)];
            random.NextBytes(bytes);
            for (var j = 0; j < bytes.Length; j++)
            {
                bytes[j] = bytes[j] == 0 ? (byte)0x80 : bytes[j];
            }

            var path = Write($"garbage-{i}.bin", bytes);
            var act = () => Readout.Load(path);
            act.Should().Throw<ReadoutFormatException>().Which.Message.Should().StartWith(path + ": not UTF-8 text").And.NotContain("\n");
        }
    }

    [Theory]
    [InlineData(new byte[] { (byte)'r', 0xE9, (byte)'s', (byte)'u', (byte)'m', 0xE9 })] // résumé in Latin-1: valid GBK pairs, then a lone lead byte
    [InlineData(new byte[] { (byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', (byte)'t', (byte)'a', (byte)'l', (byte)'k', (byte)'s' })]
    [InlineData(new byte[] { 0xD0, 0x9F, 0xD1, 0x80, 0xD0 })] // UTF-8 Cyrillic cut in the middle of a character
    public void Latin1_and_broken_utf8_are_not_taken_for_chinese(byte[] bytes)
    {
        var path = Write("latin1.txt", bytes);
        ((Action)(() => Readout.Load(path))).Should().Throw<ReadoutFormatException>().WithMessage("*not UTF-8 text*");
    }

    [Fact]
    public void Latin1_words_that_are_valid_gbk_pairs_are_not_taken_for_chinese()
    {
        // Every accented letter here is followed by a letter, so the whole file decodes as GBK and as Big5 without an
        // error: only plausibility keeps it from being read as Chinese.
        var latin1 = Encoding.Latin1.GetBytes("Les présidents de Zürich et Málaga sont économistes; Götterdämmerung.");
        Strict(54936).GetString(latin1).Should().Contain("Les pr");
        Big5.GetString(latin1).Should().Contain("Les pr");

        var path = Write("fr.txt", latin1);

        ((Action)(() => Readout.Load(path))).Should().Throw<ReadoutFormatException>().WithMessage("*nor recognisably GB18030 or Big5*");
    }

    [Fact]
    public void Mixed_script_text_in_gbk_keeps_every_character_and_takes_the_language_of_its_dominant_script()
    {
        const string english = "President Biden spoke with President Xi Jinping (习近平) of the People's Republic of China (中华人民共和国) today.";
        const string chinese = "国家主席习近平应约同美国总统拜登（Joe Biden）通电话，双方就中美关系交换了意见。";

        var en = Readout.Load(Write("mixed-en.txt", Gbk.GetBytes(english)));
        var zh = Readout.Load(Write("mixed-zh.txt", Gbk.GetBytes(chinese)));

        en.Text.Should().Be(english);
        en.Encoding.Should().Be("gb18030");
        en.Language.Should().Be("en");
        zh.Text.Should().Be(chinese);
        zh.Language.Should().Be("zh-Hans");
    }

    [Fact]
    public void No_snippet_of_chinese_text_is_read_wrongly_in_the_other_encoding()
    {
        // Every stretch of 2 to 40 characters of both texts, in both encodings that hold it: read exactly, or refused;
        // never decoded as the other encoding. From 3 Han characters on, every one is read.
        var unread = new List<string>();
        foreach (var (text, encodings) in new[] { (Body(Simplified), new[] { Strict(936), Strict(54936) }), (Body(Traditional), new[] { Big5, Strict(54936) }) })
        {
            foreach (var encoding in encodings)
            {
                for (var length = 2; length <= 40; length += 2)
                {
                    for (var start = 0; start + length <= text.Length; start += 3)
                    {
                        unread.AddRange(ReadExactlyOrRefused(text.Substring(start, length), encoding));
                    }
                }
            }
        }

        unread.Where(s => s.Count(HanCharacters.IsHan) >= 3).Should().BeEmpty();
        unread.Should().Contain("盡快", "two characters can be common ones in either encoding, and then nothing is guessed");
    }

    [SkippableFact]
    public void No_stretch_of_the_corpus_originals_is_read_wrongly_and_every_one_is_recognised()
    {
        var root = SharedCorpus.Require();
        var unread = new List<string>();
        var total = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(root, "corpus", "zh"), "cn-zh.txt", SearchOption.AllDirectories))
        {
            var text = Readout.Load(file).Text;
            foreach (var length in new[] { 4, 8, 16, 64 })
            {
                for (var start = 0; start + length <= text.Length; start += 5)
                {
                    unread.AddRange(ReadExactlyOrRefused(text.Substring(start, length), Strict(936)));
                    total++;
                }
            }
        }

        // Only a few short stretches are left unread (e.g. 拜登和美: 拜 is not a frequent character, and the same
        // bytes read as Big5 give frequent characters too); from 16 characters on, every one is read.
        unread.Should().OnlyContain(s => s.Length <= 8);
        unread.Count.Should().BeLessThan(total / 100);
    }

    /// <summary>Decodes <paramref name="snippet"/> in <paramref name="encoding"/>: asserts it is read exactly when it is read; yields it when it is refused.</summary>
    private static IEnumerable<string> ReadExactlyOrRefused(string snippet, Encoding encoding)
    {
        var bytes = encoding.GetBytes(snippet);
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            yield break;
        }

        string? read;
        try
        {
            read = Readout.DecodeText(bytes, "snippet");
        }
        catch (ReadoutFormatException)
        {
            read = null;
        }

        if (read is null)
        {
            yield return snippet;
        }
        else
        {
            read.Should().Be(snippet, encoding.WebName);
        }
    }

    [Fact]
    public void The_frequent_characters_are_in_their_character_sets_and_the_tables_tell_the_scripts_apart()
    {
        var (simplified, traditional) = HanCharacters.FrequentLists;
        simplified.Length.Should().BeGreaterThan(900);
        Strict(20936).GetString(Strict(20936).GetBytes(simplified)).Should().Be(simplified, "every simplified one is in GB 2312");
        Big5.GetString(Big5.GetBytes(traditional)).Should().Be(traditional, "every traditional one is in Big5");
        (simplified + traditional).ToCharArray().Should().OnlyContain(c => HanCharacters.IsFrequent(c) && HanCharacters.IsCommon(c));

        foreach (var c in "这国说们会为")
        {
            HanCharacters.IsSimplifiedOnly(c).Should().BeTrue(c.ToString());
        }

        foreach (var c in "這國說們會為")
        {
            HanCharacters.IsTraditionalOnly(c).Should().BeTrue(c.ToString());
        }

        foreach (var c in "中人大的一")
        {
            (HanCharacters.IsSimplifiedOnly(c) || HanCharacters.IsTraditionalOnly(c)).Should().BeFalse(c.ToString());
        }

        HanCharacters.IsCommon('A').Should().BeFalse();
        HanCharacters.IsFrequent('龘').Should().BeFalse();
    }

    [Fact]
    public void Recognition_gives_the_same_text_on_many_threads()
    {
        var bytes = Big5.GetBytes(Traditional);
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Readout.DecodeText(bytes, "t"));
        results.Should().AllBe(Traditional);
    }

    [SkippableFact]
    public void Every_chinese_original_of_the_corpus_round_trips_through_gb18030_gbk_and_a_header()
    {
        var root = SharedCorpus.Require();
        var files = Directory.GetFiles(Path.Combine(root, "corpus", "zh"), "cn-zh.txt", SearchOption.AllDirectories);
        files.Should().NotBeEmpty();
        foreach (var file in files)
        {
            var utf8 = Readout.Load(file);
            utf8.Encoding.Should().Be("utf-8");
            var content = File.ReadAllText(file);
            foreach (var (name, bytes, encoding) in new[]
            {
                ("gb18030", Gb18030.GetBytes(content), "gb18030"),
                ("gbk", Strict(936).GetBytes(content), "gb18030"),
                ("gbk-header", Strict(936).GetBytes("encoding: gbk\n" + content), "gbk"),
            })
            {
                var readout = Readout.Load(Write($"{name}.txt", bytes));
                readout.Encoding.Should().Be(encoding, file);
                readout.Text.Should().Be(utf8.Text, file);
                readout.Title.Should().Be(utf8.Title);
                readout.Language.Should().Be("zh-Hans");
            }

            // Spans index the decoded text: the analysis of the GBK file is the UTF-8 file's, span for span.
            var gbk = Readout.Load(Write("gbk.txt", Strict(936).GetBytes(content)));
            var expected = ReadoutComparer.Default.Analyze(utf8).Claims.Select(c => (c.Span, c.Text.ToString()));
            ReadoutComparer.Default.Analyze(gbk).Claims.Select(c => (c.Span, c.Text.ToString())).Should().Equal(expected);
        }
    }

    [SkippableFact]
    public void The_corpus_originals_without_their_language_header_are_detected_as_simplified()
    {
        var root = SharedCorpus.Require();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "corpus", "zh"), "cn-zh.txt", SearchOption.AllDirectories))
        {
            var content = string.Join('\n', File.ReadAllLines(file).Where(l => !l.StartsWith("language:", StringComparison.Ordinal)));
            var readout = Readout.Load(Write("nolang.txt", Gb18030.GetBytes(content)));
            readout.Language.Should().Be("zh-Hans", file);
            readout.Headers.Should().NotContainKey("language");
        }
    }

    [Fact]
    public void The_console_names_the_encoding_and_language_of_each_readout()
    {
        var path = Write("big5.txt", Big5.GetBytes(Traditional));

        var (code, output, error) = ConsoleTests.Run("analyze", path);

        code.Should().Be(0, error);
        output.Should().Contain("zh-Hant, read as Big5");
    }
}
