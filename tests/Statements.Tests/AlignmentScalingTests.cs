using System.Text;

namespace Statements.Tests;

/// <summary>
/// Issue 23, compare scaling: a long readout against an ordinary one, every long-side claim a copy of an ordinary
/// claim, so each joins its twin's group one by one (the step that grew cubically). The result is checked, not timed;
/// the time series is in tests/Statements.Benchmarks (<c>scaling</c>).
/// </summary>
public class AlignmentScalingTests
{
    [Fact]
    public void Thousands_of_repeated_claims_each_join_their_twins_row_and_the_mirror_agrees()
    {
        var lines = new[]
        {
            "President Xi said Taiwan is the first red line that must not be crossed.",
            "President Xi said China opposes export controls on technology.",
            "President Xi said the two sides should keep military communication open.",
            "President Xi said China is ready to cooperate on counternarcotics.",
        };
        var ordinary = new Readout(string.Join("\n\n", lines), "China");
        var text = new StringBuilder();
        for (var i = 0; i < 4_000; i++)
        {
            text.Append(lines[i % lines.Length]).Append('\n');
        }

        var longReadout = new Readout(text.ToString(), "United States");
        var comparison = ReadoutComparer.Default.Compare(ordinary, longReadout);
        var mirror = ReadoutComparer.Default.Compare(longReadout, ordinary);

        comparison.Right.Claims.Should().HaveCount(4_000);
        foreach (var row in comparison.Rows.Where(r => r.Left.Length > 0 && r.Right.Length > 0))
        {
            row.Right.Should().OnlyContain(c => c.Text == row.Left[0].Text, "a claim joins only the row of its twin");
        }

        comparison.Rows.SelectMany(r => r.Right).Should().HaveCount(4_000, "every claim of the long side is in one row");
        comparison.Rows.Select(r => (r.Kind, r.Left.Length, r.Right.Length))
            .Should().BeEquivalentTo(mirror.Rows.Select(r => (Mirror(r.Kind), r.Right.Length, r.Left.Length)), "swapping the sides swaps the rows");
    }

    private static RowKind Mirror(RowKind kind) => kind switch
    {
        RowKind.LeftOnly => RowKind.RightOnly,
        RowKind.RightOnly => RowKind.LeftOnly,
        _ => kind,
    };
}
