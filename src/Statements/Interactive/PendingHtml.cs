// TEMPORARY: stands in for Statements.Rendering.HtmlRenderer and RowTable, which are being written on main.
// Delete this file before merging main.
using System.Collections.Immutable;
using System.Net;

namespace Statements.Rendering;

/// <summary>Temporary stand-in.</summary>
public static class HtmlRenderer
{
    /// <summary>Temporary stand-in.</summary>
    public static string RenderFragment(Comparison comparison) =>
        "<div class=\"statements\"><table>" + string.Concat(comparison.Rows.Select(RowHtml)) + "</table></div>";

    /// <summary>Temporary stand-in.</summary>
    public static string RenderFragment(ReadoutAnalysis analysis) =>
        "<div class=\"statements\"><ol>" + string.Concat(analysis.Claims.Select(c => "<li>" + WebUtility.HtmlEncode(c.Text) + "</li>")) + "</ol></div>";

    /// <summary>Temporary stand-in.</summary>
    public static string RenderFragment(Readout readout) =>
        "<div class=\"statements\"><pre>" + WebUtility.HtmlEncode(readout.Text) + "</pre></div>";

    /// <summary>Temporary stand-in.</summary>
    public static string RenderFragment(ComparisonRow row) => "<div class=\"statements\"><table>" + RowHtml(row) + "</table></div>";

    private static string RowHtml(ComparisonRow row) =>
        "<tr><td>" + row.Kind + "</td><td>" + WebUtility.HtmlEncode(string.Join(" ", row.Left.Select(c => c.Text))) + "</td><td>" +
        WebUtility.HtmlEncode(string.Join(" ", row.Right.Select(c => c.Text))) + "</td></tr>";
}

/// <summary>Temporary stand-in.</summary>
public sealed record RowLine(int Number, string Kind, string Topics, string Left, string Right, double? Score);

/// <summary>Temporary stand-in.</summary>
public static class RowTable
{
    /// <summary>Temporary stand-in.</summary>
    public static ImmutableArray<RowLine> Of(Comparison comparison) =>
        comparison.Rows.Select((r, i) => new RowLine(i + 1, r.Kind.ToString(), string.Join(", ", r.Topics),
            string.Join(" ", r.Left.Select(c => c.Text)), string.Join(" ", r.Right.Select(c => c.Text)), r.Score)).ToImmutableArray();
}
