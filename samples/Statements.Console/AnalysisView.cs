using System.Globalization;
using Spectre.Console;
using Statements.Rendering;
using Statements.Tone;

namespace Statements.ConsoleApp;

/// <summary>
/// The Spectre.Console view of one readout's analysis (<c>analyze FILE --format text</c>): the readout's header,
/// how it describes the talks, its topics, its tone by category, then a table of its claims with speaker, cue,
/// topics and stance. Every piece of readout text is escaped for Spectre markup.
/// </summary>
internal sealed class AnalysisView(ReadoutAnalysis analysis)
{
    /// <summary>Writes the view.</summary>
    public void Write(IAnsiConsole console)
    {
        var readout = analysis.Readout;
        console.Write(new Rule($"[bold]{TerminalText.Markup(readout.Side)}[/]").LeftJustified());
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        void Line(string label, string text) => grid.AddRow(new Markup($"[bold]{label}[/]"), new Spectre.Console.Text(TerminalText.Visible(text)));

        var title = string.Join(" | ", new[] { readout.Publisher, readout.Title, readout.Date, readout.Name }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (title.Length > 0)
        {
            Line("Readout", title);
        }

        Line("Text", ComparisonView.TextFacts(readout));

        Line("Talks", analysis.Headline?.Text ?? "(no tone word describes the talks)");
        Line("Topics", analysis.Topics.Length == 0 ? "(none)" : string.Join(", ", analysis.Topics));
        Line("Tone", analysis.ToneKeys.Length == 0 ? "(no tone words)" : string.Join(", ", analysis.ToneKeys));
        Line("Score", analysis.ToneScore is { } score
            ? score.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + " (-3 hostile to +3 warm)"
            : "(no tone words)");
        Line("Claims", analysis.Claims.Length.ToString(CultureInfo.InvariantCulture) + " in " + analysis.Sentences.Length.ToString(CultureInfo.InvariantCulture) + " sentences");
        console.Write(grid);
        console.WriteLine();
        console.Write(ToneTable(analysis.Profile));
        console.WriteLine();
        console.Write(ClaimTable());
    }

    private static Table ToneTable(ToneProfile profile)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("tone by category");
        table.AddColumn("category").AddColumn(new TableColumn("hits").RightAligned()).AddColumn(new TableColumn("valence").RightAligned()).AddColumn(new TableColumn("mean").RightAligned());
        foreach (var category in ToneProfile.Categories)
        {
            var tally = profile[category];
            var style = tally.Count == 0 ? "dim" : tally.Valence < 0 ? "red" : "green";
            table.AddRow(
                new Markup($"[{style}]{category.ToString().ToLowerInvariant()}[/]"),
                new Spectre.Console.Text(tally.Count.ToString(CultureInfo.InvariantCulture)),
                new Spectre.Console.Text(tally.Valence.ToString("0.##", CultureInfo.InvariantCulture)),
                new Spectre.Console.Text(tally.Mean.ToString("0.##", CultureInfo.InvariantCulture)));
        }

        return table;
    }

    private Table ClaimTable()
    {
        var table = new Table().Border(TableBorder.Rounded).Expand().ShowRowSeparators().Title("claims");
        table.AddColumn(new TableColumn("id").NoWrap()).AddColumn("speaker").AddColumn("cue").AddColumn("topics").AddColumn("stance").AddColumn(new TableColumn("text").Width(60));
        foreach (var claim in analysis.Claims)
        {
            table.AddRow(
                new Spectre.Console.Text(TerminalText.Visible(claim.Id)),
                new Spectre.Console.Text(TerminalText.Visible(claim.Speaker)),
                new Spectre.Console.Text(TerminalText.Visible(claim.Cue ?? "")),
                new Spectre.Console.Text(TerminalText.Visible(string.Join(", ", claim.Topics))),
                new Spectre.Console.Text(TerminalText.Visible(ComparisonText.Stance(claim))),
                new Spectre.Console.Text(TerminalText.Visible(ComparisonView.Flatten(claim.Text))));
        }

        return table;
    }
}
