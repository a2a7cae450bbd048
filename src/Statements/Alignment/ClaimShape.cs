using Statements.Topics;

namespace Statements.Alignment;

/// <summary>How specific a claim is: the specific topics it names in its own words, and a generality from 0 to 1.</summary>
/// <param name="SpecificTopics">Topics the claim names itself that are not broad (the relationship, the talks, world affairs).</param>
/// <param name="Generality">1 for a claim that names no specific topic, name, number or rare term ("held a candid exchange
/// of views on bilateral relations and regional and global issues"); falling towards 0 with each specific thing it names.</param>
internal sealed record ClaimShape(IReadOnlySet<string> SpecificTopics, double Generality)
{
    /// <summary>The shape of one claim as <paramref name="similarity"/> reads it.</summary>
    public static ClaimShape Of(TermSimilarity similarity, Claim claim)
    {
        var direct = similarity.DirectTopicsOf(claim);
        var specific = direct.Where(t => t != TopicTaxonomy.Other && !similarity.BroadTopics.Contains(t)).ToHashSet(StringComparer.Ordinal);
        var profile = similarity.Profile(claim);
        var rare = profile.Terms.Count(t => t.Value >= 1 && t.Key != ClaimProfile.CharacterTerm && !t.Key.StartsWith('~'));
        var content = (2.0 * specific.Count) + profile.Entities.Count + (0.34 * Math.Max(0, rare - 1));
        return new ClaimShape(specific, 1 / (1 + content));
    }
}
