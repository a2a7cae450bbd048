namespace Statements.Alignment;

/// <summary>The model's probabilities for every pair, and the links they decide.</summary>
internal static class LinkDecision
{
    /// <summary>The probability of a specific and of a general link for every pair.</summary>
    public static (double[,] Specific, double[,] General) Probabilities(LinkFeatures features, LinkModel model, int rows, int cols)
    {
        var specific = new double[rows, cols];
        var general = new double[rows, cols];
        for (var l = 0; l < rows; l++)
        {
            for (var r = 0; r < cols; r++)
            {
                specific[l, r] = model.SpecificProbability(features[l, r]);
                general[l, r] = model.GeneralProbability(features[l, r]);
            }
        }

        return (specific, general);
    }

    /// <summary>
    /// The links: a pair where one claim reports discussion of the relationship as a whole that takes in the other
    /// (<see cref="CoversAsAWhole"/>) is a general link however close their words; every other pair whose specific
    /// probability reaches <see cref="LinkThresholds.Link"/>, and <see cref="LinkThresholds.RelativeCutoff"/> of the best of
    /// one of its two claims, is a specific link; and every other pair is a general one when one claim reports discussion
    /// of an area that takes in the other (<see cref="Covers"/>), or one of its claims is general and clearly more general
    /// than the other (<see cref="IsGeneralPair"/>) and its general probability reaches <see cref="LinkThresholds.General"/>.
    /// In left-then-right index order.
    /// </summary>
    public static List<(int Left, int Right, bool General, double Probability)> Decide(double[,] specific, double[,] general, LinkModel model, LinkFeatures features)
    {
        var links = new List<(int, int, bool, double)>();
        var rules = model.Thresholds;
        var rows = specific.GetLength(0);
        var cols = specific.GetLength(1);
        var rowMax = new double[rows];
        var colMax = new double[cols];
        for (var l = 0; l < rows; l++)
        {
            for (var r = 0; r < cols; r++)
            {
                rowMax[l] = Math.Max(rowMax[l], specific[l, r]);
                colMax[r] = Math.Max(colMax[r], specific[l, r]);
            }
        }

        for (var l = 0; l < rows; l++)
        {
            var ls = features.LeftShapes[l];
            for (var r = 0; r < cols; r++)
            {
                var rs = features.RightShapes[r];
                var p = specific[l, r];
                var leftCovers = Covers(ls, rs);
                var rightCovers = Covers(rs, ls);
                var covered = (leftCovers || rightCovers) && MayBeGeneral(ls, rs);
                if (!CoversAsAWhole(ls, leftCovers) && !CoversAsAWhole(rs, rightCovers) && p >= rules.Link && p >= rules.RelativeCutoff * Math.Min(rowMax[l], colMax[r]))
                {
                    links.Add((l, r, false, p));
                }
                else if (covered || (IsGeneralPair(ls.Generality, rs.Generality) && MayBeGeneral(ls, rs) && general[l, r] >= rules.General && InArea(ls, rs)))
                {
                    links.Add((l, r, true, general[l, r]));
                }
            }
        }

        return Bounded(links, features);
    }

    /// <summary>The most specific links a claim keeps: a link stays where it is among the strongest this many of both its
    /// claims. The gold links a claim specifically to at most six others.</summary>
    public const int MaxSpecificPerClaim = 8;

    /// <summary>The most general links a general claim keeps (its strongest). The gold links one general claim to up to 35.</summary>
    public const int MaxGeneralPerClaim = 48;

    /// <summary>
    /// <paramref name="links"/> without those beyond <see cref="MaxSpecificPerClaim"/> and <see cref="MaxGeneralPerClaim"/>,
    /// so that readouts of many alike claims (a sentence repeated a thousand times on each side) give links in proportion to
    /// their claims, not to their product. Ties go to the other claim that stands first in its readout, which does not
    /// depend on which readout is on the left. Of the general links left, each more specific claim keeps one
    /// (<see cref="FirstGeneral"/>). In left-then-right index order.
    /// </summary>
    private static List<(int Left, int Right, bool General, double Probability)> Bounded(List<(int Left, int Right, bool General, double Probability)> links, LinkFeatures features)
    {
        var keep = new bool[links.Count];
        var specificByLeft = Ranked(links, k => !k.General, k => k.Left, k => k.Right, MaxSpecificPerClaim);
        var specificByRight = Ranked(links, k => !k.General, k => k.Right, k => k.Left, MaxSpecificPerClaim);
        var generalLeft = Ranked(links, k => k.General && LeftIsGeneral(features.LeftShapes[k.Left], features.RightShapes[k.Right]), k => k.Left, k => k.Right, MaxGeneralPerClaim);
        var generalRight = Ranked(links, k => k.General && !LeftIsGeneral(features.LeftShapes[k.Left], features.RightShapes[k.Right]), k => k.Right, k => k.Left, MaxGeneralPerClaim);
        var coveredRight = FirstGeneral(links, generalLeft, generalIsLeft: true, features);
        var coveredLeft = FirstGeneral(links, generalRight, generalIsLeft: false, features);
        for (var i = 0; i < links.Count; i++)
        {
            keep[i] = links[i].General ? coveredRight.Contains(i) || coveredLeft.Contains(i) : specificByLeft.Contains(i) && specificByRight.Contains(i);
        }

        return keep.All(k => k) ? links : [.. links.Where((_, i) => keep[i])];
    }

    /// <summary>
    /// The indices of the general links (<paramref name="general"/>, each with its general claim on the left when
    /// <paramref name="generalIsLeft"/>) that each more specific claim keeps: one per claim, to a general claim that reports
    /// discussion taking it in (<see cref="Covers"/>) where there is one, else to any general claim; of those, the one that
    /// stands first in its readout. A readout opens with its summary of the talks ("a candid and constructive discussion
    /// on a range of bilateral and global issues") and may say later that the leaders "exchanged views on areas of
    /// difference" or "on key regional and global challenges"; an analyst points a specific claim to the report of the
    /// talks that takes it in, not to every general sentence (the gold links 158 of 179 such claims to one general claim,
    /// never to more than two).
    /// </summary>
    private static HashSet<int> FirstGeneral(List<(int Left, int Right, bool General, double Probability)> links, HashSet<int> general, bool generalIsLeft, LinkFeatures features)
    {
        (bool NotReport, int Index) Rank(int i)
        {
            var (l, r, _, _) = links[i];
            var covers = generalIsLeft ? Covers(features.LeftShapes[l], features.RightShapes[r]) : Covers(features.RightShapes[r], features.LeftShapes[l]);
            return (!covers, generalIsLeft ? l : r);
        }

        var first = new Dictionary<int, int>();
        foreach (var i in general)
        {
            var specific = generalIsLeft ? links[i].Right : links[i].Left;
            if (!first.TryGetValue(specific, out var best) || Rank(i).CompareTo(Rank(best)) < 0)
            {
                first[specific] = i;
            }
        }

        return [.. first.Values];
    }

    /// <summary>The indices of the links that pass <paramref name="filter"/> and stand among the <paramref name="limit"/> most probable of their claim (by <paramref name="claim"/>), ties to the lower <paramref name="other"/> index.</summary>
    private static HashSet<int> Ranked(List<(int Left, int Right, bool General, double Probability)> links, Func<(int Left, int Right, bool General, double Probability), bool> filter, Func<(int Left, int Right, bool General, double Probability), int> claim, Func<(int Left, int Right, bool General, double Probability), int> other, int limit)
    {
        var kept = new HashSet<int>();
        foreach (var group in Enumerable.Range(0, links.Count).Where(i => filter(links[i])).GroupBy(i => claim(links[i])))
        {
            kept.UnionWith(group.OrderByDescending(i => links[i].Probability).ThenBy(i => other(links[i])).Take(limit));
        }

        return kept;
    }

    /// <summary>
    /// Whether <paramref name="broad"/> reports discussion of an area (<see cref="ClaimShape.NamesAgenda"/>) that takes in <paramref name="narrow"/>, as the gold's
    /// general link reads: "discussed the situation in Ukraine" takes in each more specific claim on Ukraine, and "an
    /// exchange of views on bilateral relations and regional and global issues" every more specific claim, as does a claim
    /// about every area of the relationship (<see cref="ClaimShape.AllAreas"/>). Two claims that both only list an agenda
    /// (their <see cref="ClaimShape.AgendaGenerality"/> alike), or that both say how the talks went
    /// (<see cref="ClaimShape.Characterises"/>: "a frank and in-depth exchange on China-US relations" and "described the
    /// 1 hour and 45 minute conversation as frank and constructive"), do not take each other in: the two sides' accounts
    /// of the talks belong side by side.
    /// </summary>
    public static bool Covers(ClaimShape broad, ClaimShape narrow) =>
        (broad.NamesAgenda || broad.AllAreas) && broad.AgendaGenerality >= GeneralClaim && broad.AgendaGenerality - narrow.AgendaGenerality >= GeneralGap
        && WithinArea(broad, narrow) && !(broad.Characterises && narrow.Characterises);

    /// <summary>
    /// Whether <paramref name="broad"/>, which covers the other claim of its pair (<paramref name="covers"/>, from
    /// <see cref="Covers"/>), does so as a report of discussion of the relationship or the talks as a whole, or as a claim
    /// about every area: its area is everything, so it names no
    /// matter of its own, and however many words it shares with the other claim ("an in-depth exchange of views on
    /// China-U.S. relations and major international issues" and "exchanged views on ... the shared challenges of global
    /// health"), it names that matter only as part of the talks. A report of one matter ("discussed a dialogue on
    /// ransomware") may still link specifically to a claim on that matter in close words; a report of an area ("discussed the
    /// situation in Gaza", <see cref="ClaimShape.NamesArea"/>) names each matter inside it only as part of that area, so it
    /// takes in the claims it covers as general links, as the whole relationship does.
    /// </summary>
    private static bool CoversAsAWhole(ClaimShape broad, bool covers) => covers && (broad.Area.Count == 0 || broad.NamesArea);

    /// <summary>Whether the more specific claim of a pair lies inside the area of the more general one: a claim about one
    /// matter ("discussed the situation in Ukraine") does not stand for a claim about another (the Taiwan Strait).</summary>
    private static bool InArea(ClaimShape left, ClaimShape right)
    {
        var (broad, narrow) = left.Generality >= right.Generality ? (left, right) : (right, left);
        return WithinArea(broad, narrow);
    }

    /// <summary>Whether <paramref name="narrow"/> shares a topic of <paramref name="broad"/>'s area, or that area is everything.</summary>
    private static bool WithinArea(ClaimShape broad, ClaimShape narrow) => broad.Area.Count == 0 || broad.Area.Overlaps(narrow.Area);

    /// <summary>Whether the left claim of a general link is its general one: the one that reports discussion taking in the
    /// other, else the more general.</summary>
    public static bool LeftIsGeneral(ClaimShape left, ClaimShape right) =>
        Covers(left, right) || (!Covers(right, left) && left.Generality >= right.Generality);

    /// <summary>The most general claim a general link needs: one that names no specific topic and at most one specific thing.</summary>
    public const double GeneralClaim = 0.5;

    /// <summary>How much more general than the other claim the general one must be.</summary>
    public const double GeneralGap = 0.25;

    /// <summary>Whether two claims may link general at all: neither is a courtesy (<see cref="ClaimShape.Courtesy"/>) nor
    /// speaks of an engagement itself (<see cref="ClaimShape.AboutEngagement"/>); neither is a matter inside an area.</summary>
    public static bool MayBeGeneral(ClaimShape left, ClaimShape right) =>
        !left.Courtesy && !right.Courtesy && !left.AboutEngagement && !right.AboutEngagement;

    /// <summary>Whether one claim of a pair is general (<see cref="GeneralClaim"/>) and clearly more general than the other (<see cref="GeneralGap"/>).</summary>
    public static bool IsGeneralPair(double left, double right) => Math.Max(left, right) >= GeneralClaim && Math.Abs(left - right) >= GeneralGap;

    /// <summary>
    /// Whether the other readout never names the claim's matter: the claim names specific topics of its own
    /// (<see cref="ClaimShape.SpecificTopics"/>) and none of them is among <paramref name="otherTopics"/>, the topics of every
    /// claim of the other readout. Such a claim with no specific link is a confident omission ("only the US readout names
    /// fentanyl"), however close its nearest counterpart comes on other evidence: it is never in the weak band.
    /// </summary>
    public static bool NamedOnlyHere(ClaimShape shape, IReadOnlySet<string> otherTopics)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(otherTopics);
        return shape.SpecificTopics.Count > 0 && !shape.SpecificTopics.Overlaps(otherTopics);
    }

    /// <summary>The other side's claim with the highest probability of a specific link with claim <paramref name="index"/> (a row when <paramref name="byRow"/>, else a column; the first on ties) and that probability; a claim in the weak band has it at or above <see cref="LinkThresholds.Weak"/>.</summary>
    public static (int Index, double Probability) Nearest(double[,] probabilities, int index, bool byRow)
    {
        var count = probabilities.GetLength(byRow ? 1 : 0);
        var (best, value) = (0, -1.0);
        for (var i = 0; i < count; i++)
        {
            var p = byRow ? probabilities[index, i] : probabilities[i, index];
            if (p > value)
            {
                (best, value) = (i, p);
            }
        }

        return (best, value);
    }
}
