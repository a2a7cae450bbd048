using System.Collections.Immutable;
using System.Globalization;

namespace Statements.Rendering;

/// <summary>
/// One row of a comparison flattened to plain strings: what a spreadsheet, a CSV file or a notebook table shows.
/// </summary>
/// <param name="Number">The row's position, from 1.</param>
/// <param name="Kind">"shared", "divergent", "China only", "US only".</param>
/// <param name="Topics">The row's topic ids, comma separated.</param>
/// <param name="Left">The left claims' text, with their speakers ("Xi Jinping: ..."), one claim after another.</param>
/// <param name="Right">The right claims' text, likewise.</param>
/// <param name="Score">The similarity of the matched claims, 0..1; null for one-sided rows.</param>
public sealed record RowLine(int Number, string Kind, string Topics, string Left, string Right, double? Score)
{
    /// <inheritdoc />
    public override string ToString() => Number.ToString(CultureInfo.InvariantCulture) + " " + Kind + ": " + (Left.Length > 0 ? Left : Right);
}

/// <summary>Flattens a comparison's rows to <see cref="RowLine"/> records. Stateless and thread-safe.</summary>
public static class RowTable
{
    /// <summary>The rows of <paramref name="comparison"/> as flat lines, in the comparison's order.</summary>
    public static ImmutableArray<RowLine> Of(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var lines = ImmutableArray.CreateBuilder<RowLine>(comparison.Rows.Length);
        var number = 0;
        foreach (var row in comparison.Rows)
        {
            number++;
            lines.Add(new RowLine(
                number,
                ComparisonText.KindLabel(comparison, row.Kind),
                string.Join(", ", row.Topics),
                Text(row.Left),
                Text(row.Right),
                row.Score is { } score ? Math.Round(score, 3) : null));
        }

        return lines.MoveToImmutable();
    }

    /// <summary>Claims as one string: "speaker: text", joined by a space; the narrator's claims without a speaker.</summary>
    internal static string Text(ImmutableArray<Claim> claims) =>
        string.Join(" ", claims.Select(c => (c.Speaker == Speakers.Narrator ? "" : c.Speaker + ": ") + c.Text.ReplaceLineEndings(" ")));
}
