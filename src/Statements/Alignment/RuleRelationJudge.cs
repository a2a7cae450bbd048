using System.Collections.Immutable;
using System.Globalization;

namespace Statements.Alignment;

/// <summary>
/// The default <see cref="IRelationJudge"/>. Matched claims diverge when one side negates and the other does
/// not, when their tone keys differ, when one side's cue is markedly stronger, or when they share too few
/// key terms to say the same thing (below <see cref="SharedTermFloor"/>); otherwise they are shared. Every
/// row states the topics it was matched on and each reason found. Stateless and thread-safe.
/// </summary>
public sealed class RuleRelationJudge : IRelationJudge
{
    /// <summary>The least key-term overlap (Dice) at which matched claims count as saying the same thing.</summary>
    public const double SharedTermFloor = 0.2;

    /// <summary>The shared instance.</summary>
    public static RuleRelationJudge Instance { get; } = new();

    /// <inheritdoc />
    public Relation Judge(IReadOnlyList<Claim> left, IReadOnlyList<Claim> right, IReadOnlyList<ToneHit> leftTone, IReadOnlyList<ToneHit> rightTone, double score)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(leftTone);
        ArgumentNullException.ThrowIfNull(rightTone);
        var reasons = new List<string>();
        var commonTopics = left.SelectMany(c => c.Topics).Intersect(right.SelectMany(c => c.Topics), StringComparer.Ordinal).Where(t => t != Topics.TopicTaxonomy.Other).ToList();
        reasons.Add(commonTopics.Count > 0
            ? "same topic: " + string.Join(", ", commonTopics)
            : "similar wording (score " + score.ToString("0.00", CultureInfo.InvariantCulture) + ")");

        var divergent = false;
        var leftNegated = left.Any(c => c.Negated);
        var rightNegated = right.Any(c => c.Negated);
        if (leftNegated != rightNegated)
        {
            divergent = true;
            reasons.Add((leftNegated ? "left" : "right") + " puts it in the negative, " + (leftNegated ? "right" : "left") + " does not");
        }

        var leftKeys = leftTone.Where(h => !h.Negated).Select(h => h.Key).ToHashSet(StringComparer.Ordinal);
        var rightKeys = rightTone.Where(h => !h.Negated).Select(h => h.Key).ToHashSet(StringComparer.Ordinal);
        if (!leftKeys.SetEquals(rightKeys) && (leftKeys.Count > 0 || rightKeys.Count > 0))
        {
            divergent = true;
            var onlyLeft = leftKeys.Except(rightKeys).ToList();
            var onlyRight = rightKeys.Except(leftKeys).ToList();
            reasons.Add("different tone: " + string.Join("; ", new[]
            {
                onlyLeft.Count > 0 ? "left " + string.Join(", ", onlyLeft) : null,
                onlyRight.Count > 0 ? "right " + string.Join(", ", onlyRight) : null,
            }.Where(s => s is not null)));
        }

        var leftCue = left.Max(c => c.CueStrength ?? 1);
        var rightCue = right.Max(c => c.CueStrength ?? 1);
        if (Math.Abs(leftCue - rightCue) >= 1.5)
        {
            divergent = true;
            reasons.Add((leftCue > rightCue ? "left" : "right") + " puts it more strongly (" + (leftCue > rightCue ? left : right).First(c => c.Cue is not null).Cue + ")");
        }

        var terms = TermSimilarity.TermOverlap(
            left.SelectMany(c => TermSimilarity.Terms(c.Text)).ToHashSet(StringComparer.Ordinal),
            right.SelectMany(c => TermSimilarity.Terms(c.Text)).ToHashSet(StringComparer.Ordinal));
        if (terms < SharedTermFloor)
        {
            divergent = true;
            reasons.Add("framed in different words (term overlap " + terms.ToString("0.00", CultureInfo.InvariantCulture) + ")");
        }

        return new Relation(divergent ? RowKind.Divergent : RowKind.Shared, [.. reasons]);
    }
}
