using System.Collections.Immutable;

namespace Statements;

/// <summary>How the readouts relate on one matter of an N-way comparison.</summary>
public enum MatterRelation
{
    /// <summary>Two or more readouts carry the matter, and every link between their claims is compatible.</summary>
    Shared,

    /// <summary>Two or more readouts carry the matter and at least two of them frame it differently (a divergent link).</summary>
    Divergent,

    /// <summary>Only one readout carries the matter, and no other readout comes close.</summary>
    Single,

    /// <summary>
    /// Only one readout carries the matter, but another readout's claim comes close without linking
    /// (<see cref="Matter.Nearest"/>): neither matched nor called particular, as <see cref="RowKind.Weak"/> in a pair.
    /// </summary>
    Weak,
}

/// <summary>One readout's part of a matter: its claims there (empty when it does not carry the matter) and their tone keys.</summary>
/// <param name="Claims">The readout's claims in the matter, in reading order; empty when the readout does not carry it.</param>
/// <param name="Tone">The tone keys (not negated) in those claims.</param>
public sealed record MatterCell(ImmutableArray<Claim> Claims, ImmutableArray<string> Tone)
{
    /// <summary>Whether the readout carries the matter (has a claim in it).</summary>
    public bool Carries => !Claims.IsDefaultOrEmpty;
}

/// <summary>
/// One matter of an N-way comparison: a group of claims, from one or more readouts, joined by specific links. Every
/// claim of every readout stands in exactly one matter. <see cref="Cells"/> has one cell per readout, in the order
/// of <see cref="MultiComparison.Readouts"/>.
/// </summary>
/// <param name="Relation">How the carrying readouts relate here.</param>
/// <param name="Cells">One cell per readout, in column order: its claims in the matter and their tone keys.</param>
/// <param name="Topics">The topic ids of the matter's claims.</param>
/// <param name="Score">The strongest link inside the matter (0..1); for a weak matter its nearest counterpart's score; null for a single one.</param>
/// <param name="Reasons">Why the claims were linked, and why judged divergent, in words; for a matter one readout carries, why.</param>
public sealed record Matter(MatterRelation Relation, ImmutableArray<MatterCell> Cells, ImmutableArray<string> Topics, double? Score, ImmutableArray<string> Reasons)
{
    /// <summary>The specific links (shared, divergent) between the matter's claims that joined them.</summary>
    public ImmutableArray<ClaimLink> Links { get; init; } = [];

    /// <summary>For a matter one readout carries: other readouts' claims that name it only in general terms.</summary>
    public ImmutableArray<ClaimLink> GeneralLinks { get; init; } = [];

    /// <summary>For a <see cref="MatterRelation.Weak"/> matter: the nearest claim of another readout, and its score.</summary>
    public NearestCounterpart? Nearest { get; init; }

    /// <summary>What matched between the matter's claims (topics, terms, names, formulations); empty for a matter one readout carries.</summary>
    public ImmutableArray<string> Evidence { get; init; } = [];

    /// <summary>The columns (indices into <see cref="MultiComparison.Readouts"/>) of the readouts that carry the matter, ascending.</summary>
    public ImmutableArray<int> Carriers => [.. Enumerable.Range(0, Cells.Length).Where(i => Cells[i].Carries)];

    /// <summary>Whether every readout carries the matter.</summary>
    public bool IsCommon => Cells.All(c => c.Carries);

    /// <summary>Every claim of the matter, column by column.</summary>
    public IEnumerable<Claim> Claims => Cells.SelectMany(c => c.Claims);

    /// <summary>
    /// The links inside the matter between the claims of column <paramref name="a"/> and those of column
    /// <paramref name="b"/> (either way round): how two readouts put the matter against each other. Empty when the two
    /// are joined only through a third readout's claims, or when one of them does not carry the matter.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A column is outside <see cref="Cells"/>.</exception>
    public ImmutableArray<ClaimLink> LinksBetween(int a, int b)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(a);
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(a, Cells.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(b, Cells.Length);
        var first = Cells[a].Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var second = Cells[b].Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return [.. Links.Where(k => (first.Contains(k.Left.Id) && second.Contains(k.Right.Id)) || (second.Contains(k.Left.Id) && first.Contains(k.Right.Id)))];
    }
}

/// <summary>One readout's tone in an N-way comparison.</summary>
/// <param name="Keys">The readout's tone keys (not negated), in order of first use.</param>
/// <param name="Particular">The keys no other readout uses.</param>
/// <param name="Headline">How the readout describes the talks ("candid and in-depth"), or null.</param>
public sealed record ReadoutTone(ImmutableArray<string> Keys, ImmutableArray<string> Particular, Tone.ToneHeadline? Headline);

/// <summary>The tone keys common to all readouts of an N-way comparison and each readout's own.</summary>
/// <param name="Common">Keys every readout uses, in the first readout's order.</param>
/// <param name="Readouts">One entry per readout, in column order.</param>
public sealed record ToneSpread(ImmutableArray<string> Common, ImmutableArray<ReadoutTone> Readouts);

/// <summary>A fact about the engagement as each readout of an N-way comparison states it ("duration", "requestedBy", ...).</summary>
/// <param name="Name">What the fact is, as in <see cref="EngagementFact.Name"/>.</param>
/// <param name="Values">One value per readout, in column order; null where the readout does not say.</param>
public sealed record MultiFact(string Name, ImmutableArray<string?> Values)
{
    /// <summary>Whether the values can be compared as one fact (false for free descriptions such as the prior meeting).</summary>
    public bool Comparable { get; init; } = true;

    /// <summary>Whether two readouts state a comparable fact with different values (compared ignoring case).</summary>
    public bool Conflict => Comparable && Values.Where(v => v is not null).Distinct(StringComparer.OrdinalIgnoreCase).Skip(1).Any();
}

/// <summary>
/// Two or more readouts of one engagement side by side, like a collation table of witnesses: the claims of all of
/// them grouped into <see cref="Matters"/> by the pairwise links, each matter saying which readouts carry it. Made by
/// <see cref="ReadoutComparer.Compare(IReadOnlyList{Readout}, CancellationToken)"/>.
/// </summary>
/// <param name="Readouts">The readouts' analyses, in the order given (the columns); ids "A", "B", "C", ...</param>
/// <param name="Matters">Every claim of every readout in exactly one matter, ordered by where the matters stand in the
/// readouts (the mean relative place of their claims), so the order of the inputs does not change it.</param>
/// <param name="Tone">Tone keys common to all readouts and particular to each.</param>
[Interactive.TypeFormatterSource(typeof(Interactive.NotebookFormatterSource))]
public sealed record MultiComparison(ImmutableArray<ReadoutAnalysis> Readouts, ImmutableArray<Matter> Matters, ToneSpread Tone)
{
    /// <summary>Every specific and general link between the claims of any two readouts, pair by pair in column order.</summary>
    public ImmutableArray<ClaimLink> Links { get; init; } = [];

    /// <summary>The engagement facts (format, requester, duration, location, date, prior meeting, next steps) as each readout states them.</summary>
    public ImmutableArray<MultiFact> Facts { get; init; } = [];

    /// <summary>
    /// The column all others are read against (<see cref="WithPivot"/>), or null: views then order the matters by the
    /// pivot's reading order and say how each other readout's claims relate to the pivot's.
    /// </summary>
    public int? Pivot { get; init; }

    /// <summary>
    /// The same comparison read against column <paramref name="pivot"/>: matters the pivot carries in its reading order,
    /// each other matter after the one before it in the original order. Columns stay in the order given.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pivot"/> is not a column.</exception>
    public MultiComparison WithPivot(int pivot)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pivot);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pivot, Readouts.Length);
        var order = Readouts[pivot].Claims.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var ordered = new List<Matter>(Matters.Length);
        var pending = new List<Matter>();
        var placed = Matters.Where(m => m.Cells[pivot].Carries).OrderBy(m => order[m.Cells[pivot].Claims[0].Id]).ToList();
        // A matter the pivot does not carry follows the pivot matter that precedes it in the original order.
        var before = new Dictionary<Matter, List<Matter>>(ReferenceEqualityComparer.Instance);
        Matter? last = null;
        foreach (var matter in Matters)
        {
            if (matter.Cells[pivot].Carries)
            {
                last = matter;
            }
            else if (last is null)
            {
                pending.Add(matter);
            }
            else
            {
                if (!before.TryGetValue(last, out var list))
                {
                    before[last] = list = [];
                }

                list.Add(matter);
            }
        }

        ordered.AddRange(pending);
        foreach (var matter in placed)
        {
            ordered.Add(matter);
            if (before.TryGetValue(matter, out var after))
            {
                ordered.AddRange(after);
            }
        }

        return this with { Matters = [.. ordered], Pivot = pivot };
    }

    /// <summary>The matters every readout carries.</summary>
    public IEnumerable<Matter> Common => Matters.Where(m => m.IsCommon);

    /// <summary>The matters only column <paramref name="column"/> carries.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is not a column.</exception>
    public IEnumerable<Matter> OnlyIn(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Readouts.Length);
        return Matters.Where(m => m.Cells[column].Carries && m.Carriers.Length == 1);
    }

    /// <summary>The id of column <paramref name="index"/>: "A", "B", ..., "Z", "AA", "AB", ... (letters only, so a claim id,
    /// the readout id followed by the claim's number, never reads as another's).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static string ColumnId(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var id = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            id = (char)('A' + ((n - 1) % 26)) + id;
        }

        return id;
    }
}
