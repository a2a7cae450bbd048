using System.Collections.Immutable;
using Statements.Interactive;
using Statements.Language;

namespace Statements.Timeline;

/// <summary>
/// How a relationship's language moves over an archive of readouts: the readouts grouped by counterpart (the other
/// country of the engagement, found in the title, the source address and the opening sentence; a readout with several
/// counterparts belongs to each) and ordered by date, with each dyad's recurring formulations, what each readout adds
/// and drops against the previous one, and topic and tone series per readout and per quarter. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Build one from analyses (<see cref="Build(IEnumerable{ReadoutAnalysis}, ReadoutLanguage?, TimelineOptions?, CancellationToken)"/>),
/// from files or a folder (<see cref="LoadAsync(string, ReadoutComparer?, TimelineOptions?, CancellationToken)"/>,
/// <see cref="LoadFilesAsync"/>). A file that cannot be read or analysed is listed in <see cref="Problems"/> with its
/// path and the reason, and the rest of the timeline is built. A readout with no date header is dated from its title
/// or text, or listed as undated (after the dated ones); none is dropped. A readout naming no counterpart is in
/// <see cref="Readouts"/> and in <see cref="Unassigned"/>.</para>
/// <para>In a .NET Interactive notebook a timeline displays as HTML (heat map of topics, tone lines, formulations,
/// new and missing per readout).</para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class ReadoutTimeline
{
    private readonly TimelineBuilder.State state;

    internal ReadoutTimeline(ImmutableArray<TimelineReadout> readouts, ImmutableArray<CounterpartTimeline> counterparts, ImmutableArray<TimelineProblem> problems, TimelineBuilder.State state)
    {
        this.state = state;
        Readouts = readouts;
        Counterparts = counterparts;
        Problems = problems;
    }

    /// <summary>Every readout read, dated ones by date, undated ones last.</summary>
    public ImmutableArray<TimelineReadout> Readouts { get; }

    /// <summary>One timeline per dyad (publishing side and counterpart), the one with most readouts first (then by counterpart and side).</summary>
    public ImmutableArray<CounterpartTimeline> Counterparts { get; }

    /// <summary>Files that could not be read or analysed, each with its path and the reason.</summary>
    public ImmutableArray<TimelineProblem> Problems { get; }

    /// <summary>The readouts that name no counterpart (domestic meetings, statements), in timeline order.</summary>
    public ImmutableArray<TimelineReadout> Unassigned => [.. Readouts.Where(r => r.Counterparts.IsEmpty)];

    /// <summary>The readouts with no date, in the header or the text.</summary>
    public ImmutableArray<TimelineReadout> Undated => [.. Readouts.Where(r => r.Date is null)];

    /// <summary>
    /// The timeline of one counterpart (case-blind: "china"), or null when no readout names it; where several sides'
    /// readouts name it, the side with most readouts (see <see cref="For(string, string)"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="counterpart"/> is null.</exception>
    public CounterpartTimeline? For(string counterpart)
    {
        ArgumentNullException.ThrowIfNull(counterpart);
        return Counterparts.FirstOrDefault(c => string.Equals(c.Counterpart, counterpart, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The timeline of one counterpart in the readouts of one side (both case-blind), or null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="counterpart"/> or <paramref name="side"/> is null.</exception>
    public CounterpartTimeline? For(string counterpart, string side)
    {
        ArgumentNullException.ThrowIfNull(counterpart);
        ArgumentNullException.ThrowIfNull(side);
        return Counterparts.FirstOrDefault(c => string.Equals(c.Counterpart, counterpart, StringComparison.OrdinalIgnoreCase) && string.Equals(c.Side, side, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Builds the timeline from analysed readouts with the words of <paramref name="language"/> (default
    /// <see cref="ReadoutLanguage.English"/>). Readouts are read in parallel; the result does not depend on their order.
    /// </summary>
    /// <param name="analyses">The analyses (a null entry is an <see cref="ArgumentException"/>).</param>
    /// <param name="language">The language: countries, counterpart cues, months, stop words and the lexicon's set phrases.</param>
    /// <param name="options">How formulations are found; <see cref="TimelineOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the build.</param>
    /// <exception cref="ArgumentNullException"><paramref name="analyses"/> is null.</exception>
    /// <exception cref="ArgumentException">An analysis is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ReadoutTimeline Build(IEnumerable<ReadoutAnalysis> analyses, ReadoutLanguage? language = null, TimelineOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        var list = analyses.ToList();
        if (list.Any(a => a is null))
        {
            throw new ArgumentException("An analysis is null.", nameof(analyses));
        }

        return TimelineBuilder.Build(list, [], language ?? ReadoutLanguage.English, Check(options), cancellationToken);
    }

    /// <summary>
    /// Reads every readout file (<c>*.txt</c>, README files left out) in <paramref name="folder"/> and the folders under it,
    /// analyses them in parallel and builds the timeline. Files that cannot be read or analysed are in <see cref="Problems"/>.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="comparer">Whose analyzer and language to use; <see cref="ReadoutComparer.Default"/> when null.</param>
    /// <param name="options">How formulations are found.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is null.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Task<ReadoutTimeline> LoadAsync(string folder, ReadoutComparer? comparer = null, TimelineOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return LoadFilesAsync(TimelineLoader.Files(folder), comparer, options, cancellationToken);
    }

    /// <summary>Reads the given readout files, analyses them in parallel and builds the timeline; unreadable files are in <see cref="Problems"/>.</summary>
    /// <param name="paths">The files.</param>
    /// <param name="comparer">Whose analyzer and language to use; <see cref="ReadoutComparer.Default"/> when null.</param>
    /// <param name="options">How formulations are found.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Task<ReadoutTimeline> LoadFilesAsync(IEnumerable<string> paths, ReadoutComparer? comparer = null, TimelineOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = paths.ToList();
        var checkedOptions = Check(options);
        return Task.Run(() => TimelineLoader.Load(list, comparer ?? ReadoutComparer.Default, checkedOptions, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The same timeline narrowed to one counterpart (case-blind) and a date range (inclusive): the counterparts'
    /// formulations, changes and series are computed again over the readouts kept, with the boilerplate found over the
    /// whole build. With a date range, undated readouts are left out.
    /// </summary>
    /// <param name="counterpart">The counterpart to keep, or null for all.</param>
    /// <param name="from">The first date kept, or null.</param>
    /// <param name="to">The last date kept, or null.</param>
    public ReadoutTimeline Narrow(string? counterpart, DateOnly? from = null, DateOnly? to = null) =>
        TimelineBuilder.Narrow(state, Problems, counterpart, from, to);

    private static TimelineOptions Check(TimelineOptions? options)
    {
        var o = options ?? TimelineOptions.Default;
        if (o.MinWords < 2 || o.MaxWords < o.MinWords || o.MinReadouts < 2 || o.BoilerplateShare is <= 0 or > 1 || o.MinReadoutsForAbsence < 2 || o.AbsenceWindow < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Options: MinWords >= 2, MaxWords >= MinWords, MinReadouts >= 2, 0 < BoilerplateShare <= 1, MinReadoutsForAbsence >= 2, AbsenceWindow >= 1.");
        }

        return o;
    }

    /// <inheritdoc />
    public override string ToString() => Rendering.TimelineText.Render(this);
}
