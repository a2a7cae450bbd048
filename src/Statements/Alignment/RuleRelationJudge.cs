using System.Collections.Immutable;
using System.Globalization;
using Statements.Language;
using Statements.Text;

namespace Statements.Alignment;

/// <summary>
/// The default <see cref="IRelationJudge"/>. Matched claims are shared unless one of these rules of readout language
/// finds them framed differently, in which case they are divergent:
/// <list type="number">
/// <item><description><b>Polarity</b>: one side puts the matter in the negative and the other does not ("does not support
/// independence" against "supports"). Both sides in the negative agree ("should not fall into conflict" and "does not
/// seek conflict"), and a negated change ("policy has not changed", "remains unchanged") states continuity, not a
/// negative.</description></item>
/// <item><description><b>Different tone words</b>: each side uses a tone key the other does not, as in "candid and in-depth"
/// against "candid and constructive", or a warning against a reassurance. One side only adding a tone word to what both
/// say ("candid, in-depth, substantive and constructive" against "candid, substantive and constructive") is not enough.</description></item>
/// <item><description><b>A stance on one side</b>: one side voices concern, firmness or a warning that the other does not,
/// and the two readouts give the claim to different holders (Xi's "red line" against Biden's "peace and stability"). When
/// both readouts report the same person, the one that adds "concern" still reports the same position.</description></item>
/// <item><description><b>A much stronger cue</b>: one side's reporting verb is at least <see cref="StrongerCueGap"/> steps
/// firmer ("underscored" against "said").</description></item>
/// </list>
/// Every row first states the topics it was matched on (or its score), then each divergence found, in words.
/// Stateless and thread-safe.
/// </summary>
public sealed class RuleRelationJudge : IRelationJudge
{
    /// <summary>How many steps firmer (on the 1 to 3 cue scale) one side's cue must be to count as putting it more strongly.</summary>
    public const double StrongerCueGap = 1.5;

    private readonly ReadoutLanguage language;

    /// <summary>Creates a judge that reads <paramref name="language"/>'s negators and continuity phrases.</summary>
    public RuleRelationJudge(ReadoutLanguage language) => this.language = language ?? throw new ArgumentNullException(nameof(language));

    /// <summary>The judge for <see cref="ReadoutLanguage.English"/>.</summary>
    public static RuleRelationJudge Instance { get; } = new(ReadoutLanguage.English);

    /// <inheritdoc />
    public Relation Judge(IReadOnlyList<Claim> left, IReadOnlyList<Claim> right, IReadOnlyList<ToneHit> leftTone, IReadOnlyList<ToneHit> rightTone, double score)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(leftTone);
        ArgumentNullException.ThrowIfNull(rightTone);
        var evidence = Weigh(left, right, leftTone, rightTone, score);
        return new Relation(evidence.Reasons.Length > 1 ? RowKind.Divergent : RowKind.Shared, evidence.Reasons);
    }

    /// <summary>The signs of a different framing between two groups of claims, each with its reason in words; the first reason says what the claims share.</summary>
    internal RelationEvidence Weigh(IReadOnlyList<Claim> left, IReadOnlyList<Claim> right, IReadOnlyList<ToneHit> leftTone, IReadOnlyList<ToneHit> rightTone, double score)
    {
        var reasons = new List<string>();
        var commonTopics = left.SelectMany(c => c.Topics).Intersect(right.SelectMany(c => c.Topics), StringComparer.Ordinal).Where(t => t != Topics.TopicTaxonomy.Other).ToList();
        reasons.Add(commonTopics.Count > 0
            ? "same topic: " + string.Join(", ", commonTopics)
            : "similar wording (score " + score.ToString("0.00", CultureInfo.InvariantCulture) + ")");

        var stance = false;
        var leftNegative = left.Any(c => IsNegative(language, c));
        var rightNegative = right.Any(c => IsNegative(language, c));
        if (leftNegative != rightNegative)
        {
            reasons.Add((leftNegative ? "left" : "right") + " puts it in the negative, " + (leftNegative ? "right" : "left") + " does not");
        }

        var leftKeys = Keys(leftTone, stanceOnly: false);
        var rightKeys = Keys(rightTone, stanceOnly: false);
        var onlyLeft = leftKeys.Where(k => !rightKeys.Contains(k)).ToList();
        var onlyRight = rightKeys.Where(k => !leftKeys.Contains(k)).ToList();
        var substituted = onlyLeft.Count > 0 && onlyRight.Count > 0;
        if (substituted)
        {
            reasons.Add("different tone: left " + string.Join(", ", onlyLeft) + "; right " + string.Join(", ", onlyRight));
        }

        if (!substituted && !SameHolder(left, right))
        {
            var leftStance = Keys(leftTone, stanceOnly: true).Where(k => !rightKeys.Contains(k)).ToList();
            var rightStance = Keys(rightTone, stanceOnly: true).Where(k => !leftKeys.Contains(k)).ToList();
            if (leftStance.Count > 0 || rightStance.Count > 0)
            {
                var (side, keys) = leftStance.Count > 0 ? ("left", leftStance) : ("right", rightStance);
                reasons.Add("only the " + side + " voices " + string.Join(", ", keys) + ", and the sides give it to different holders");
                stance = true;
            }
        }

        var leftCue = left.Max(c => c.CueStrength ?? 1);
        var rightCue = right.Max(c => c.CueStrength ?? 1);
        if (Math.Abs(leftCue - rightCue) >= StrongerCueGap)
        {
            var stronger = leftCue > rightCue ? left : right;
            reasons.Add((leftCue > rightCue ? "left" : "right") + " puts it more strongly (" + stronger.First(c => c.Cue is not null).Cue + ")");
        }

        return new RelationEvidence([.. reasons], leftNegative != rightNegative, substituted, stance, Math.Abs(leftCue - rightCue), left.Any(c => c.Modality != Modality.Assertion) != right.Any(c => c.Modality != Modality.Assertion));
    }

    /// <summary>Whether a claim is put in the negative, a negated change ("has not changed") counting as continuity.</summary>
    internal static bool IsNegative(ReadoutLanguage language, Claim claim)
    {
        if (!claim.Negated)
        {
            return false;
        }

        var normalized = language.Normalizer.Normalize(claim.Text);
        var tokens = WordTokenizer.Tokenize(normalized);
        var continuity = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (language.ContinuityPhrases.TryMatchAt(tokens, i, normalized, out var match))
            {
                continuity = true;
                i += match.TokenCount - 1;
            }
            else if (language.Negators.Contains(tokens[i].LowerView))
            {
                return true;
            }
        }

        return !continuity;
    }

    /// <summary>The tone keys that are not negated; with <paramref name="stanceOnly"/>, only concern, firmness and threat.</summary>
    private static HashSet<string> Keys(IReadOnlyList<ToneHit> hits, bool stanceOnly)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            if (!hit.Negated && hit.Category.IsTone() && (!stanceOnly || hit.Category is ToneCategory.Concern or ToneCategory.Firmness or ToneCategory.Threat))
            {
                keys.Add(hit.Key);
            }
        }

        return keys;
    }

    /// <summary>Whether both sides give the claims to the same one participant.</summary>
    private static bool SameHolder(IReadOnlyList<Claim> left, IReadOnlyList<Claim> right)
    {
        var l = left.Select(c => c.Speaker).Distinct(StringComparer.Ordinal).ToList();
        var r = right.Select(c => c.Speaker).Distinct(StringComparer.Ordinal).ToList();
        return l.Count == 1 && r.Count == 1 && TermSimilarity.SpeakerAgreement(l[0], r[0]) >= 1;
    }
}

/// <summary>What <see cref="RuleRelationJudge"/> found between two groups of claims.</summary>
/// <param name="Reasons">What the claims share, then each sign of a different framing, in words.</param>
/// <param name="NegationDiffers">One side puts the matter in the negative and the other does not.</param>
/// <param name="ToneSubstituted">Each side uses tone keys the other lacks.</param>
/// <param name="StanceOneSided">Only one side voices concern, firmness or threat, and the sides give the matter to different holders.</param>
/// <param name="CueGap">The difference of the strongest reporting cues' strengths.</param>
/// <param name="ModalityDiffers">One side reports a hope, intention, obligation or condition and the other a plain assertion.</param>
internal sealed record RelationEvidence(ImmutableArray<string> Reasons, bool NegationDiffers, bool ToneSubstituted, bool StanceOneSided, double CueGap, bool ModalityDiffers);
