using System.Text.Json;

namespace Statements.Tests.Timeline;

/// <summary>The console's <c>timeline DIR</c> command.</summary>
public sealed class TimelineConsoleTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("statements-timeline-cli-").FullName;

    public TimelineConsoleTests()
    {
        Write("2023-01-01-xi.txt", "publisher: The White House\ntitle: Readout of a call\ndate: 2023-01-01\n---\nPresident Biden spoke today with President Xi Jinping of China. They underlined the importance of peace and stability across the Taiwan Strait.");
        Write("2023-06-01-xi.txt", "publisher: The White House\ntitle: Readout of a call\ndate: 2023-06-01\n---\nPresident Biden spoke today with President Xi Jinping of China. They underlined the importance of peace and stability across the Taiwan Strait.");
        Write("2023-07-01-kishida.txt", "publisher: The White House\ntitle: Readout of a call\ndate: 2023-07-01\n---\nPresident Biden spoke today with Prime Minister Kishida of Japan.");
        File.WriteAllBytes(Path.Combine(folder, "broken.txt"), [0x00, 0x01, 0x02]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(folder, name), content);

    [Fact]
    public void Text_lists_the_counterparts_formulations_and_the_file_not_read_with_a_warning()
    {
        var (code, output, error) = ConsoleTests.Run("timeline", folder);
        code.Should().Be(0, error);
        output.Should().Contain("== China (United States readouts): 2 readouts, 2023-01-01 to 2023-06-01 ==").And.Contain("== Japan (United States readouts): 1 readout").And.Contain("peace and stability across the Taiwan Strait");
        output.Should().Contain("Files not read").And.Contain("broken.txt");
        error.Should().Contain("warning: " + Path.Combine(folder, "broken.txt"));
    }

    [Fact]
    public void With_and_dates_narrow_the_json_to_one_counterpart_and_range()
    {
        var (code, output, error) = ConsoleTests.Run("timeline", folder, "--with", "china", "--from", "2023-02-01", "--format", "json");
        code.Should().Be(0, error);
        using var document = JsonDocument.Parse(output);
        var counterparts = document.RootElement.GetProperty("counterparts");
        counterparts.GetArrayLength().Should().Be(1);
        counterparts[0].GetProperty("counterpart").GetString().Should().Be("China");
        counterparts[0].GetProperty("readouts").EnumerateArray().Select(e => e.GetString()).Should().Equal("2023-06-01-xi.txt");
    }

    [Fact]
    public void Html_goes_to_a_file_and_bad_arguments_are_refused()
    {
        var page = Path.Combine(folder, "out", "timeline.html");
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        var (code, _, error) = ConsoleTests.Run("timeline", folder, "--format", "html", "--out", page);
        code.Should().Be(0, error);
        File.ReadAllText(page).Should().StartWith("<!DOCTYPE html>").And.Contain("<svg");

        ConsoleTests.Run("timeline", folder, "--from", "June 2023").Code.Should().Be(1);
        ConsoleTests.Run("timeline", Path.Combine(folder, "missing")).Code.Should().Be(2);
        var unknown = ConsoleTests.Run("timeline", folder, "--with", "Atlantis");
        unknown.Code.Should().Be(2);
        unknown.Err.Should().Contain("Atlantis");
    }
}
