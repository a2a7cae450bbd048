namespace Statements.Alignment;

/// <summary>
/// Orders a comparison's rows: rows holding left claims in the left readout's reading order, and each row holding only
/// right claims after the row holding the nearest right claim before it.
/// </summary>
internal static class RowLayout
{
    /// <param name="leftCount">The number of left claims.</param>
    /// <param name="rightCount">The number of right claims.</param>
    /// <param name="groups">Rows with claims of both sides, each with the indices of its left and right claims.</param>
    /// <param name="leftAlone">The row of a left claim in no group.</param>
    /// <param name="rightAlone">The row of a right claim in no group.</param>
    public static List<ComparisonRow> Arrange(int leftCount, int rightCount, IReadOnlyList<(ComparisonRow Row, IReadOnlyList<int> Left, IReadOnlyList<int> Right)> groups, Func<int, ComparisonRow> leftAlone, Func<int, ComparisonRow> rightAlone)
    {
        var leftGroup = new int[leftCount];
        var rightGroup = new int[rightCount];
        Array.Fill(leftGroup, -1);
        Array.Fill(rightGroup, -1);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var l in groups[g].Left)
            {
                leftGroup[l] = g;
            }

            foreach (var r in groups[g].Right)
            {
                rightGroup[r] = g;
            }
        }

        var rows = new List<(ComparisonRow Row, int Group)>();
        var emitted = new HashSet<int>();
        for (var l = 0; l < leftCount; l++)
        {
            var g = leftGroup[l];
            if (g < 0)
            {
                rows.Add((leftAlone(l), -1));
            }
            else if (emitted.Add(g))
            {
                rows.Add((groups[g].Row, g));
            }
        }

        var insertAfter = -1;
        for (var r = 0; r < rightCount; r++)
        {
            var g = rightGroup[r];
            if (g >= 0)
            {
                insertAfter = rows.FindIndex(x => x.Group == g);
                continue;
            }

            insertAfter++;
            rows.Insert(insertAfter, (rightAlone(r), -1));
        }

        return [.. rows.Select(x => x.Row)];
    }
}
