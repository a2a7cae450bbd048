using System.Text;

namespace Statements.Tests;

public class ReadoutFileTests
{
    [Fact]
    public void Parse_reads_header_keys_and_keeps_the_body_exactly()
    {
        var content = "side: China\npublisher: Xinhua\ntitle: A call\ndate: 2024-04-02\npartial: yes\n---\nLine one.\n\nLine two.\n";

        var readout = Readout.Parse(content);

        readout.Side.Should().Be("China");
        readout.Publisher.Should().Be("Xinhua");
        readout.Title.Should().Be("A call");
        readout.Date.Should().Be("2024-04-02");
        readout.Headers["partial"].Should().Be("yes");
        readout.Text.Should().Be("Line one.\n\nLine two.\n");
    }

    [Theory]
    [InlineData("The White House", "United States")]
    [InlineData("Ministry of Foreign Affairs of the PRC", "China")]
    [InlineData("Xinhua News Agency", "China")]
    [InlineData("President of Russia (Kremlin, en.kremlin.ru)", "Russia")]
    [InlineData("Prime Minister's Office, 10 Downing Street", "United Kingdom")]
    [InlineData("Global Times (Chinese state media brief)", "China")]
    [InlineData("Chinese official English readout as reposted by a blog", "China")]
    [InlineData("Some Blog", "Unknown")]
    public void Side_is_inferred_from_the_publisher(string publisher, string side)
    {
        Readout.Parse($"publisher: {publisher}\n---\nText.").Side.Should().Be(side);
    }

    [Fact]
    public void An_explicit_side_wins_over_header_and_publisher()
    {
        Readout.Parse("side: China\npublisher: The White House\n---\nText.", side: "US").Side.Should().Be("United States");
    }

    [Fact]
    public void Content_without_a_header_block_is_all_body()
    {
        const string content = "Note: this is prose.\nIt has a colon in its first line.\n---\nand a rule.";
        Readout.Parse(content).Text.Should().Be(content);
        Readout.Parse(content).Headers.Should().BeEmpty();
    }

    [Fact]
    public void Crlf_headers_are_read_and_the_body_keeps_its_line_endings()
    {
        var readout = Readout.Parse("side: Russia\r\n---\r\nA.\r\nB.");
        readout.Side.Should().Be("Russia");
        readout.Text.Should().Be("A.\r\nB.");
    }

    [Fact]
    public void A_header_without_a_body_gives_an_empty_readout()
    {
        var readout = Readout.Parse("side: China\n---\n");
        readout.IsEmpty.Should().BeTrue();
        readout.Side.Should().Be("China");
    }

    /// <summary>Writes <paramref name="bytes"/> to a temporary file, runs <paramref name="test"/> on its path, and deletes it.</summary>
    private static void WithFile(string extension, byte[] bytes, Action<string> test)
    {
        var path = Path.Combine(Path.GetTempPath(), $"statements-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, bytes);
        try
        {
            test(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_refuses_a_binary_file_with_a_message_naming_it()
    {
        WithFile(".bin", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF], path =>
            ((Action)(() => Readout.Load(path))).Should().Throw<ReadoutFormatException>().WithMessage("*statements-*.bin*not a text file*"));
    }

    [Fact]
    public void Load_refuses_invalid_utf8()
    {
        WithFile(".txt", [0x48, 0x69, 0xC3, 0x28, 0x21], path =>
            ((Action)(() => Readout.Load(path))).Should().Throw<ReadoutFormatException>().WithMessage("*not UTF-8*"));
    }

    [Fact]
    public void Load_strips_a_byte_order_mark()
    {
        WithFile(".txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("side: China\n---\nBody.")], path =>
        {
            var readout = Readout.Load(path);
            readout.Side.Should().Be("China");
            readout.Text.Should().Be("Body.");
            readout.Name.Should().EndWith(".txt");
        });
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        ((Action)(() => Readout.Parse(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => Readout.Load(null!))).Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("两国元首通电话，就双边关系交换了意见。", "zh-Hans")]
    [InlineData("兩國元首通電話，就雙邊關係交換了意見。", "zh-Hant")]
    [InlineData("中文", "zh")] // no character that only one of the two scripts has
    [InlineData("両首脳は電話で会談し、二国間関係について意見を交換した。", "ja")]
    [InlineData("The two presidents spoke by phone.", "en")]
    [InlineData("President Xi Jinping (习近平) spoke with President Biden by phone today.", "en")]
    [InlineData("习近平同美国总统拜登（Joe Biden）通电话。", "zh-Hans")]
    [InlineData("", null)]
    [InlineData("2024-04-02 10:00", null)]
    [InlineData("Владимир Путин провёл телефонный разговор.", null)]
    public void The_language_is_guessed_from_the_script_where_the_header_names_none(string text, string? language)
    {
        var readout = Readout.Parse(text);

        readout.Language.Should().Be(language);
        readout.Headers.Should().NotContainKey("language");
    }

    [Fact]
    public void A_language_header_wins_over_the_script_and_a_constructed_readout_guesses_nothing()
    {
        Readout.Parse("language: en\n---\n两国元首通电话。").Language.Should().Be("en");
        new Readout("两国元首通电话。", "China").Language.Should().BeNull();
    }
}
