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
    /// The links: every pair whose specific probability reaches <see cref="LinkThresholds.Link"/>, and
    /// <see cref="LinkThresholds.RelativeCutoff"/> of the best of one of its two claims, is a specific link;
    /// every other pair is a general one when one of its claims is general and clearly more general than the other
    /// (<see cref="IsGeneralPair"/>) and its general probability reaches <see cref="LinkThresholds.General"/>, or when one
    /// claim reports discussion of an area that takes in the other (<see cref="Covers"/>). In left-then-right index order.
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
                if (p >= rules.Link && p >= rules.RelativeCutoff * Math.Min(rowMax[l], colMax[r]))
                {
                    links.Add((l, r, false, p));
                }
                else if ((IsGeneralPair(ls.Generality, rs.Generality) && general[l, r] >= rules.General) || Covers(ls, rs) || Covers(rs, ls))
                {
                    links.Add((l, r, true, general[l, r]));
                }
            }
        }

        return links;
    }

    /// <summary>
    /// Whether <paramref name="broad"/> reports discussion of an area that takes in <paramref name="narrow"/>, as the gold's
    /// general link reads: "discussed the situation in Ukraine" takes in each more specific claim on Ukraine, and "an
    /// exchange of views on bilateral relations and regional and global issues" every more specific claim.
    /// </summary>
    public static bool Covers(ClaimShape broad, ClaimShape narrow) =>
        broad.TalkReport && broad.AgendaGenerality >= GeneralClaim && broad.AgendaGenerality - narrow.Generality >= GeneralGap
        && (broad.Area.Count == 0 || broad.Area.Overlaps(narrow.Area));

    /// <summary>Whether the left claim of a general link is its general one: the one that reports discussion taking in the
    /// other, else the more general.</summary>
    public static bool LeftIsGeneral(ClaimShape left, ClaimShape right) =>
        Covers(left, right) || (!Covers(right, left) && left.Generality >= right.Generality);

    /// <summary>The most general claim a general link needs: one that names no specific topic and at most one specific thing.</summary>
    public const double GeneralClaim = 0.5;

    /// <summary>How much more general than the other claim the general one must be.</summary>
    public const double GeneralGap = 0.25;

    /// <summary>Whether one claim of a pair is general (<see cref="GeneralClaim"/>) and clearly more general than the other (<see cref="GeneralGap"/>).</summary>
    public static bool IsGeneralPair(double left, double right) => Math.Max(left, right) >= GeneralClaim && Math.Abs(left - right) >= GeneralGap;

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
