namespace Statements.Tests;

public class AttributionFindingsTests
{
    private static readonly Comparison Comparison = ReadoutComparer.Default.Compare(
        Readout.Parse("""
            President Omar Diaz spoke with U.S. President Anna Lind at the request of the latter.

            President Lind said the United States does not support the secession of the southern islands.

            President Diaz stressed that tariffs on copper must be fair.
            """, side: "Chile"),
        Readout.Parse("""
            President Anna Lind spoke today with President Omar Diaz of Chile.

            President Lind emphasized the importance of fair tariffs on copper.
            """, side: "United States"));

    [Fact]
    public void A_claim_one_side_puts_in_the_other_leaders_mouth_alone_is_flagged()
    {
        var row = Comparison.Rows.Single(r => r.Left.Any(c => c.Text.Contains("secession", StringComparison.Ordinal)));
        row.Kind.Should().Be(RowKind.LeftOnly);
        row.AttributedToOtherSide.Should().BeTrue();
        row.Reasons.Should().Contain(r => r.Contains("attributes this to Anna Lind", StringComparison.Ordinal));
    }

    [Fact]
    public void A_side_s_own_claims_are_not_flagged()
    {
        Comparison.Rows.Where(r => r.Left.Any(c => c.Speaker == "Omar Diaz") || r.Right.Any(c => c.Speaker == "Anna Lind"))
            .Should().OnlyContain(r => !r.AttributedToOtherSide);
    }

    [Fact]
    public void The_coverage_table_lists_each_side_s_claims_per_topic()
    {
        var trade = Comparison.Coverage.Single(c => c.Topic == "trade-economy");
        trade.Left.Should().ContainSingle().Which.Text.Should().Contain("tariffs on copper");
        trade.Right.Should().ContainSingle().Which.Text.Should().Contain("tariffs on copper");
        Comparison.Coverage.Select(c => c.Topic).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Renderers_show_the_word_diff_of_matched_rows()
    {
        var row = Comparison.Rows.Single(r => r.Kind is RowKind.Shared or RowKind.Divergent);
        Rendering.ComparisonText.DiffLine(row.Diff).Should().Contain("[-").And.Contain("{+").And.Contain("tariffs on copper");
        Rendering.TextRenderer.Render(Comparison).Should().Contain("diff: ");
        Rendering.MarkdownRenderer.Render(Comparison).Should().Contain("~~").And.Contain("| word diff or evidence |");
    }

    [Fact]
    public void Text_and_markdown_show_the_finding_and_the_table()
    {
        Rendering.TextRenderer.Render(Comparison).Should().Contain("ATTRIBUTED TO THE OTHER SIDE").And.Contain("Topics    ");
        Rendering.MarkdownRenderer.Render(Comparison).Should().Contain("attributed to the other side").And.Contain("| topic |");
        Serialization.ComparisonJson.Serialize(Comparison).Should().Contain("\"attributedToOtherSide\": true").And.Contain("\"coverage\"");
    }
}
