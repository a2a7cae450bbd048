namespace Statements.Tone;

/// <summary>How many tone hits of one category a readout has and what their valences add up to.</summary>
/// <param name="Count">The number of hits, negated ones included.</param>
/// <param name="Valence">The sum of their valences after negation and modifiers, rounded to three decimals.</param>
public readonly record struct ToneTally(int Count, double Valence)
{
    /// <summary>The mean valence of the hits, or 0 when there are none.</summary>
    public double Mean => Count == 0 ? 0 : Math.Round(Valence / Count, 3);
}

/// <summary>
/// A readout's tone at a glance: the hits of each tone category (warmth, cooperation, friction, concern,
/// firmness, threat) counted and their valences summed, and one score for the whole readout. Build it with
/// <see cref="From"/>. Immutable, with value equality.
/// </summary>
/// <remarks>
/// A hit counts in the category of its word even when a negation governs it ("not constructive" is one
/// cooperation hit); the negation shows in its valence, which the tagger has already reversed. Hits of
/// modifier and other non-tone categories are left out.
/// </remarks>
/// <param name="Warmth">Friendliness: cordial, friendly, old friend.</param>
/// <param name="Cooperation">Progress and joint work: constructive, productive, welcome.</param>
/// <param name="Friction">Disagreement shown in the code: candid, in-depth, exchange of views, protest.</param>
/// <param name="Concern">Worry put on record: concern, raised concerns.</param>
/// <param name="Firmness">Positions that will not move: firmly oppose, core interests, red line.</param>
/// <param name="Threat">Warnings of consequences: play with fire, will not sit idly by.</param>
/// <param name="Score">
/// The readout's tone from -3 (hostile) to +3 (warm): the mean valence of all its tone hits (negated hits with
/// their reversed valence), clamped to -3..+3 and rounded to two decimals; null when it has no tone hits. The
/// mean, rather than the sum, keeps a long readout from scoring stronger than a short one with the same words;
/// it is the formula behind <see cref="ReadoutAnalysis.ToneScore"/>, so both agree for the same hits.
/// </param>
public sealed record ToneProfile(
    ToneTally Warmth,
    ToneTally Cooperation,
    ToneTally Friction,
    ToneTally Concern,
    ToneTally Firmness,
    ToneTally Threat,
    double? Score)
{
    /// <summary>The profile of a readout without tone hits: every tally zero, no score.</summary>
    public static ToneProfile Empty { get; } = new(default, default, default, default, default, default, null);

    /// <summary>The six tone categories, in the order of the profile's tallies.</summary>
    public static IReadOnlyList<ToneCategory> Categories { get; } =
        [ToneCategory.Warmth, ToneCategory.Cooperation, ToneCategory.Friction, ToneCategory.Concern, ToneCategory.Firmness, ToneCategory.Threat];

    /// <summary>The number of tone hits over all six categories.</summary>
    public int Count => Warmth.Count + Cooperation.Count + Friction.Count + Concern.Count + Firmness.Count + Threat.Count;

    /// <summary>The tally of one tone category.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is a modifier or other non-tone category.</exception>
    public ToneTally this[ToneCategory category] => category switch
    {
        ToneCategory.Warmth => Warmth,
        ToneCategory.Cooperation => Cooperation,
        ToneCategory.Friction => Friction,
        ToneCategory.Concern => Concern,
        ToneCategory.Firmness => Firmness,
        ToneCategory.Threat => Threat,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a tone category."),
    };

    /// <summary>Builds the profile of a readout from its tone hits (for example <see cref="ReadoutAnalysis.ToneHits"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="hits"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="hits"/> contains null.</exception>
    public static ToneProfile From(IEnumerable<ToneHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var counts = new int[Categories.Count];
        var sums = new double[Categories.Count];
        var total = 0.0;
        var n = 0;
        foreach (var hit in hits)
        {
            if (hit is null)
            {
                throw new ArgumentException("The tone hits contain null.", nameof(hits));
            }

            if (!hit.Category.IsTone())
            {
                continue;
            }

            var i = (int)hit.Category;
            counts[i]++;
            sums[i] += hit.Valence;
            total += hit.Valence;
            n++;
        }

        if (n == 0)
        {
            return Empty;
        }

        ToneTally Tally(ToneCategory c) => new(counts[(int)c], Math.Round(sums[(int)c], 3));
        return new ToneProfile(
            Tally(ToneCategory.Warmth),
            Tally(ToneCategory.Cooperation),
            Tally(ToneCategory.Friction),
            Tally(ToneCategory.Concern),
            Tally(ToneCategory.Firmness),
            Tally(ToneCategory.Threat),
            Math.Round(Math.Clamp(total / n, -3, 3), 2));
    }
}
