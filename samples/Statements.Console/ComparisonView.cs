using System.Globalization;
using System.Text;
using Spectre.Console;
using Statements.Rendering;

namespace Statements.ConsoleApp;

/// <summary>
/// The Spectre.Console view of a comparison (<c>--format text</c>): a header with the two sides and the engagement
/// facts, the tone line and headlines, a summary, then a table of rows (kind, topics, left text, right text) with the
/// word diff in colour. Every piece of readout text goes through <see cref="Markup.Escape"/>, so a readout holding
/// <c>[red]</c> prints it literally. On a console without ANSI the diff is marked <c>[-deleted-]</c> and
/// <c>{+inserted+}</c> instead of coloured.
/// </summary>
internal sealed class ComparisonView(Comparison comparison)
{
    /// <summary>Writes the view.</summary>
    public void Write(IAnsiConsole console)
    {
        var colour = console.Profile.Capabilities.Ansi;
        var (leftLabel, rightLabel) = ComparisonText.SideLabels(comparison);
        console.Write(new Rule($"[bold]{TerminalText.Markup(leftLabel)}[/] vs [bold]{TerminalText.Markup(rightLabel)}[/]").LeftJustified());
        console.Write(Header(leftLabel, rightLabel));
        console.WriteLine();
        console.Write(new Panel(new Markup(TerminalText.Markup(ComparisonText.Summary(comparison)))).Header("summary").Border(BoxBorder.Rounded).Expand());
        console.WriteLine();
        console.Write(Rows(leftLabel, rightLabel, colour));
    }

    private Grid Header(string leftLabel, string rightLabel)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        void Line(string label, string markup) => grid.AddRow(new Markup($"[bold]{TerminalText.Markup(label)}[/]"), new Markup(markup));

        Line(leftLabel, TerminalText.Markup(Title(comparison.Left.Readout)));
        Line(rightLabel, TerminalText.Markup(Title(comparison.Right.Readout)));
        var tone = comparison.Tone;
        Line("Tone", $"both: [green]{Keys(tone.Shared)}[/]; {TerminalText.Markup(leftLabel)} only: [blue]{Keys(tone.LeftOnly)}[/]; {TerminalText.Markup(rightLabel)} only: [magenta]{Keys(tone.RightOnly)}[/]");
        if (ComparisonText.HeadlineLine(comparison) is { } headline)
        {
            Line("Talks", TerminalText.Markup(headline));
        }

        foreach (var (fact, line) in comparison.Engagement.Facts.Where(f => f.Left is not null || f.Right is not null).Zip(ComparisonText.FactLines(comparison)))
        {
            Line("Fact", fact.Conflict ? $"[red]{TerminalText.Markup(line)}[/]" : TerminalText.Markup(line));
        }

        Line("Rows", TerminalText.Markup(ComparisonText.RowCounts(comparison)));
        if (comparison.Coverage.Length > 0)
        {
            Line("Topics", TerminalText.Markup(string.Join(", ", comparison.Coverage.Select(c => $"{c.Topic} {c.Left.Length}/{c.Right.Length}")) + $"  ({leftLabel}/{rightLabel} claims)"));
        }

        return grid;
    }

    private Table Rows(string leftLabel, string rightLabel, bool colour)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand().ShowRowSeparators();
        table.AddColumn(new TableColumn("#").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("kind").Width(12));
        table.AddColumn(new TableColumn("topics").NoWrap());
        table.AddColumn(new TableColumn(TerminalText.Markup(leftLabel)));
        table.AddColumn(new TableColumn(TerminalText.Markup(rightLabel)));
        var number = 0;
        foreach (var row in comparison.Rows)
        {
            number++;
            table.AddRow(
                new Spectre.Console.Text(number.ToString(CultureInfo.InvariantCulture)),
                new Markup(KindMarkup(row)),
                new Spectre.Console.Text(string.Join("\n", row.Topics)),
                Side(row.Left, row.LeftTone, row.Diff, DiffOp.Delete, colour, row.Left.Length > 0 ? ComparisonText.RowNotes(comparison, row) : []),
                Side(row.Right, row.RightTone, row.Diff, DiffOp.Insert, colour, row.Left.Length > 0 ? [] : ComparisonText.RowNotes(comparison, row)));
        }

        return table;
    }

    private string KindMarkup(ComparisonRow row)
    {
        var label = TerminalText.Markup(ComparisonText.KindLabel(comparison, row.Kind));
        var markup = row.Kind switch
        {
            RowKind.Shared => $"[green]{label}[/]",
            RowKind.Divergent => $"[yellow]{label}[/]",
            RowKind.LeftOnly => $"[blue]{label}[/]",
            RowKind.Weak => $"[grey]{label}[/]",
            _ => $"[magenta]{label}[/]",
        };
        if (row.Score is { } score)
        {
            markup += $"\n[dim]score {score.ToString("0.00", CultureInfo.InvariantCulture)}[/]";
        }

        if (row.AttributedToOtherSide)
        {
            markup += "\n[bold red]attributed to the other side[/]";
        }

        return markup;
    }

    /// <summary>One side's cell: who says it (dim), then the text, the word diff marked where the row has one, then the row's notes (evidence, nearest or general counterparts).</summary>
    private static Markup Side(IReadOnlyList<Claim> claims, IReadOnlyList<string> tone, IReadOnlyList<DiffRun> diff, DiffOp own, bool colour, IEnumerable<string> notes)
    {
        if (claims.Count == 0)
        {
            return new Markup("");
        }

        var sb = new StringBuilder();
        sb.Append("[dim]").Append(TerminalText.Markup(string.Join("; ", claims.Select(Attribution)))).Append("[/]\n");
        sb.Append(diff.Count > 0 ? DiffMarkup(diff, own, colour) : TerminalText.Markup(Flatten(string.Join(" ", claims.Select(c => c.Text)))));
        if (tone.Count > 0)
        {
            sb.Append("\n[dim]tone: ").Append(TerminalText.Markup(string.Join(", ", tone))).Append("[/]");
        }

        foreach (var note in notes)
        {
            sb.Append("\n[dim italic]").Append(TerminalText.Markup(Flatten(note))).Append("[/]");
        }

        return new Markup(sb.ToString());
    }

    /// <summary>
    /// One side of a word diff as markup: shared words plain, the side's own words (<see cref="DiffOp.Delete"/> on the
    /// left, <see cref="DiffOp.Insert"/> on the right) red struck through or green, or <c>[-...-]</c> / <c>{+...+}</c>
    /// without colour; the other side's words are left out.
    /// </summary>
    internal static string DiffMarkup(IEnumerable<DiffRun> runs, DiffOp own, bool colour)
    {
        // The side's text is its equal and own runs in order. Runs of its own words separated only by white space
        // are marked as one span, so "[-The-] [-two heads-]" reads "[-The two heads-]".
        var segments = new List<(string Text, bool Marked)>();
        foreach (var run in runs.Where(r => r.Op == DiffOp.Equal || r.Op == own))
        {
            var marked = run.Op == own;
            if (marked && segments.Count >= 2 && segments[^1] is { Marked: false } gap && string.IsNullOrWhiteSpace(gap.Text) && segments[^2].Marked)
            {
                segments.RemoveAt(segments.Count - 1);
                segments[^1] = (segments[^1].Text + " " + run.Text, true);
            }
            else if (marked && segments.Count >= 1 && segments[^1].Marked)
            {
                segments[^1] = (segments[^1].Text + run.Text, true);
            }
            else
            {
                segments.Add((run.Text, marked));
            }
        }

        var (open, close) = (own, colour) switch
        {
            (DiffOp.Delete, true) => ("[red strikethrough]", "[/]"),
            (DiffOp.Delete, false) => ("[[-", "-]]"),
            (_, true) => ("[green]", "[/]"),
            _ => ("{+", "+}"),
        };
        var sb = new StringBuilder();
        foreach (var (text, marked) in segments)
        {
            var core = Flatten(text);
            if (!marked || core.Length == 0)
            {
                sb.Append(TerminalText.Markup(Flatten(text, keepEdges: true)));
                continue;
            }

            sb.Append(char.IsWhiteSpace(text[0]) ? " " : "").Append(open).Append(TerminalText.Markup(core)).Append(close).Append(char.IsWhiteSpace(text[^1]) ? " " : "");
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Attribution(Claim claim) =>
        claim.Cue is null ? $"{claim.Id} {claim.Speaker}" : $"{claim.Id} {claim.Speaker}, {claim.Cue}";

    private static string Keys(IReadOnlyCollection<string> keys) => keys.Count == 0 ? "(none)" : TerminalText.Markup(string.Join(", ", keys));

    /// <summary>A readout's facts on one line: publisher, title, date, file name, then its language and encoding.</summary>
    internal static string Title(Readout readout) =>
        string.Join(" | ", new[] { readout.Publisher, readout.Title, readout.Date, readout.Name, TextFacts(readout) }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>"zh-Hans, read as GB18030": the readout's language (given or guessed) and the encoding its file was read in.</summary>
    internal static string TextFacts(Readout readout)
    {
        var language = readout.Language ?? "language unknown";
        return readout.Encoding switch
        {
            null => language,
            "big5" => language + ", read as Big5",
            var encoding => language + ", read as " + encoding.ToUpperInvariant(),
        };
    }

    /// <summary>Text on one line: runs of white space become one space (leading and trailing kept as one when asked).</summary>
    internal static string Flatten(string text, bool keepEdges = false)
    {
        var inner = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (!keepEdges || inner.Length == 0)
        {
            return inner.Length == 0 && keepEdges && text.Length > 0 ? " " : inner;
        }

        return (char.IsWhiteSpace(text[0]) ? " " : "") + inner + (char.IsWhiteSpace(text[^1]) ? " " : "");
    }
}
