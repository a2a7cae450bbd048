using Statements.Facts;

namespace Statements.Tests;

public class EngagementFactTests
{
    private static ReadoutFacts Facts(string text, string side = "Chile") =>
        EngagementFactExtractor.Extract(ReadoutAnalyzer.Default.Analyze(Readout.Parse(text, side: side)));

    [Fact]
    public void The_latter_is_the_second_participant_named()
    {
        Facts("On Monday, President Omar Diaz spoke with U.S. President Anna Lind on the phone at the request of the latter.")
            .RequestedBy.Should().Be("Anna Lind");
    }

    [Fact]
    public void A_side_named_as_requester_is_its_participant()
    {
        Facts("President Omar Diaz had a call with U.S. President Anna Lind at the request of the U.S. side.")
            .RequestedBy.Should().Be("Anna Lind");
    }

    [Theory]
    [InlineData("President Omar Diaz had a video call with U.S. President Anna Lind.", "video-call")]
    [InlineData("President Omar Diaz spoke by phone with U.S. President Anna Lind.", "call")]
    [InlineData("President Omar Diaz met U.S. President Anna Lind in Lima.", "meeting")]
    public void The_format_comes_from_the_opening(string text, string format)
    {
        Facts(text).Format.Should().Be(format);
    }

    [Fact]
    public void Duration_location_prior_meeting_and_next_steps_are_read()
    {
        var facts = Facts("LIMA, May 2 (Agency) -- President Omar Diaz met U.S. President Anna Lind. Their talks lasted 2 hours and 10 minutes. The meeting follows their first meeting in Quito last year. They welcomed upcoming visits by the two foreign ministers.");
        facts.Location.Should().Be("Lima");
        facts.Duration.Should().Be("2 hours and 10 minutes");
        facts.PriorMeeting.Should().Contain("Quito");
        facts.NextSteps.Should().StartWith("upcoming visits");
    }

    [Fact]
    public void Differing_comparable_facts_are_flagged_and_descriptions_are_not()
    {
        new EngagementFact("format", "call", "video-call").Conflict.Should().BeTrue();
        new EngagementFact("format", "call", null).Conflict.Should().BeFalse();
        new EngagementFact("priorMeeting", "Bali", "Woodside") { Comparable = false }.Conflict.Should().BeFalse();
    }

    [Fact]
    public void Claims_record_the_reporting_side_and_continuity()
    {
        var analysis = ReadoutAnalyzer.Default.Analyze(Readout.Parse(
            "President Omar Diaz met U.S. President Anna Lind.\n\nPresident Lind reiterated that the U.S. does not seek conflict. President Diaz stressed the treaty.", side: "Chile"));
        analysis.Claims.Should().OnlyContain(c => c.ReportingSide == "Chile");
        analysis.Claims[0].Speaker.Should().Be("Anna Lind");
        analysis.Claims[0].Continuity.Should().BeTrue();
        analysis.Claims[0].Negated.Should().BeTrue();
        analysis.Claims[1].Continuity.Should().BeFalse();
    }
}
