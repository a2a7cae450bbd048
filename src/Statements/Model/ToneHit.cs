namespace Statements;

/// <summary>The category of a tone word in the diplomatic lexicon.</summary>
public enum ToneCategory
{
    /// <summary>Friendliness: cordial, friendly, old friend.</summary>
    Warmth,

    /// <summary>Progress and joint work: constructive, productive, consensus, welcome.</summary>
    Cooperation,

    /// <summary>Disagreement shown in the code: candid, in-depth, exchange of views, protest.</summary>
    Friction,

    /// <summary>Worry put on record: concern, raised concerns, grave concern.</summary>
    Concern,

    /// <summary>Positions that will not move: firmly oppose, core interests, red line.</summary>
    Firmness,

    /// <summary>Warnings of consequences: play with fire, will not sit idly by.</summary>
    Threat,

    /// <summary>Modifier, not tone: softens a nearby tone word (may, perhaps, respect, understand).</summary>
    Hedge,

    /// <summary>Modifier, not tone: strengthens a nearby tone word (clearly, firmly, definitely).</summary>
    Booster,

    /// <summary>Modifier, not tone: a degree word (very, deeply, strongly).</summary>
    Degree,

    /// <summary>Modifier, not tone: reverses a nearby tone word (not, never, without).</summary>
    Negation,

    /// <summary>Not tone: a reporting verb (said, stressed, underscored), kept for its strength.</summary>
    ReportingVerb,

    /// <summary>Not tone: a modal (should, must, will, hope).</summary>
    Modality,

    /// <summary>Not tone: a contrast marker (but, however).</summary>
    Contrast,
}

/// <summary>Helpers for <see cref="ToneCategory"/>.</summary>
public static class ToneCategories
{
    /// <summary>Whether words of this category are tone (warmth to threat) rather than modifiers.</summary>
    public static bool IsTone(this ToneCategory category) => category <= ToneCategory.Threat;

    /// <summary>The lower-case, hyphenated name used in data files and JSON, e.g. "reporting-verb".</summary>
    public static string ToId(this ToneCategory category) => category switch
    {
        ToneCategory.ReportingVerb => "reporting-verb",
        _ => category.ToString().ToLowerInvariant(),
    };

    /// <summary>Parses a category name as written in data files ("friction", "reporting-verb").</summary>
    /// <exception cref="FormatException">The name is not a category.</exception>
    public static ToneCategory Parse(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var category in Enum.GetValues<ToneCategory>())
        {
            if (string.Equals(category.ToId(), id, StringComparison.OrdinalIgnoreCase))
            {
                return category;
            }
        }

        throw new FormatException($"'{id}' is not a tone category.");
    }
}

/// <summary>One tone-bearing word or phrase found in a readout.</summary>
/// <param name="Key">The lexicon key, shared by synonyms ("frank" and "candid" are both "candid").</param>
/// <param name="Text">The words as they stand in the readout.</param>
/// <param name="Span">Where they stand in <see cref="Readout.Text"/>.</param>
/// <param name="Category">The lexicon category.</param>
/// <param name="Valence">Signed intensity, -3 (hostile) to +3 (warm), after negation and modifiers.</param>
/// <param name="Negated">Whether a negation governs it ("did not express concern").</param>
/// <param name="ClaimId">The claim it stands in, or null outside claims.</param>
public sealed record ToneHit(string Key, string Text, Span Span, ToneCategory Category, double Valence, bool Negated, string? ClaimId);
