using System.Collections.Immutable;

namespace Statements.Tests;

/// <summary>
/// The N-way comparison (issue 21): matters over two or more readouts. Real texts: the 2024-04-02 Biden-Xi call (the
/// White House readout and the Chinese side's English version from ../shared) with the seed article's two sides as the
/// third and fourth accounts, and the built-in sample's two sides as a fifth and sixth.
/// </summary>
public class MultiComparisonTests
{
    /// <summary>A third, short account of the sample call, as a news agency might report it.</summary>
    internal const string Agency = """
        side: United States
        publisher: Wire agency
        ---
        President Joe Biden spoke by telephone with President Xi Jinping of China on Tuesday. The White House said the two leaders held a candid conversation.

        The two leaders discussed Taiwan, and Biden said the United States opposes any unilateral changes to the status quo.

        Xi said the Taiwan question is the first red line that must not be crossed.

        Biden raised concerns about China's support for Russia's defense industrial base.
        """;

    internal static readonly Lazy<ImmutableArray<Readout>> RealAccounts = new(() =>
    {
        var root = SharedCorpus.Path!;
        var pair = Path.Combine(root, "corpus", "pairs", "2024-04-02_us-cn_biden-xi-call");
        var article = ArticleSplitter().Split(File.ReadAllText(Path.Combine(root, "corpus", "pairs", "2024-04-02_seed-article", "article.txt")), "article.txt");
        return [Readout.Load(Path.Combine(pair, "us.txt")), Readout.Load(Path.Combine(pair, "cn.txt")), article.Left, article.Right, Readouts.SampleChina, Readouts.SampleUnitedStates];
    });

    private static Articles.ArticleSplitter ArticleSplitter() => Articles.ArticleSplitter.Default;

    internal static ImmutableArray<Readout> Real()
    {
        SharedCorpus.Require();
        return RealAccounts.Value;
    }

    internal static ImmutableArray<Readout> SampleThree() => [Readouts.SampleChina, Readouts.SampleUnitedStates, Readout.Parse(Agency, name: "agency.txt")];

    [Fact]
    public void Three_sample_accounts_give_matters_carried_by_all_by_some_and_by_one()
    {
        var all = ReadoutComparer.Default.Compare(SampleThree());
        all.Readouts.Select(a => a.Id).Should().Equal("A", "B", "C");
        all.Matters.Should().Contain(m => m.IsCommon, "all three accounts mention Taiwan");
        all.Matters.Should().Contain(m => m.Carriers.Length == 1);
        var taiwan = all.Matters.Where(m => m.IsCommon).SelectMany(m => m.Topics);
        taiwan.Should().Contain("taiwan");
        foreach (var matter in all.Matters)
        {
            matter.Cells.Should().HaveCount(3);
            (matter.Relation is MatterRelation.Shared or MatterRelation.Divergent).Should().Be(matter.Carriers.Length >= 2, matter.Relation.ToString());
            matter.Cells.Should().OnlyContain(c => c.Claims.Length <= Alignment.LinkRows.MaxClaimsPerSide);
        }
    }

    [SkippableFact]
    public void Every_claim_of_every_real_account_stands_in_exactly_one_matter()
    {
        var all = ReadoutComparer.Default.Compare(Real());
        all.Readouts.Should().HaveCount(6);
        var placed = all.Matters.SelectMany(m => m.Claims).Select(c => c.Id).ToList();
        placed.Should().OnlyHaveUniqueItems();
        placed.Should().BeEquivalentTo(all.Readouts.SelectMany(a => a.Claims).Select(c => c.Id));
        for (var i = 0; i < all.Readouts.Length; i++)
        {
            // Each cell holds claims of its own column only.
            all.Matters.SelectMany(m => m.Cells[i].Claims).Should().OnlyContain(c => c.Id.StartsWith(all.Readouts[i].Id, StringComparison.Ordinal) && char.IsDigit(c.Id[all.Readouts[i].Id.Length]));
        }

        all.Matters.Should().Contain(m => m.Carriers.Length >= 3, "the four accounts of one call share points");
        all.Matters.Should().Contain(m => m.Carriers.Length == 1);
    }

    [SkippableFact]
    public void The_White_House_readout_the_English_version_and_the_Chinese_original_side_by_side()
    {
        var folder = Path.Combine(SharedCorpus.Require(), "corpus", "zh", "2024-04-02_us-cn_biden-xi-call");
        Skip.If(!File.Exists(Path.Combine(folder, "cn-zh.txt")), "the Chinese original of the 2024-04-02 call is not in ../shared");
        Readout[] readouts = [Readout.Load(Path.Combine(folder, "us.txt")), Readout.Load(Path.Combine(folder, "cn.txt")), Readout.Load(Path.Combine(folder, "cn-zh.txt"))];
        var all = ReadoutComparer.Default.Compare(readouts);
        all.Readouts[2].Claims.Should().NotBeEmpty("the Chinese original is analysed as Chinese");
        all.Matters.SelectMany(m => m.Claims).Select(c => c.Id).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(all.Readouts.SelectMany(a => a.Claims).Select(c => c.Id));
        // The English version and the original say the same things: most of the original's claims share a matter with the English version's.
        var withEnglish = all.Matters.Where(m => m.Cells[1].Carries && m.Cells[2].Carries).Sum(m => m.Cells[2].Claims.Length);
        withEnglish.Should().BeGreaterThan(all.Readouts[2].Claims.Length / 2);
        all.Matters.Should().Contain(m => m.IsCommon);
        var text = Rendering.TextRenderer.Render(all, 120);
        text.Split('\n').Should().OnlyContain(l => Rendering.DisplayWidth.Of(l.TrimEnd('\r')) <= 120, "Chinese characters take two columns and still fit");
        int[] order = [2, 0, 1];
        var permuted = ReadoutComparer.Default.Compare(order.Select(i => readouts[i]).ToArray());
        Keys(permuted, k => order[k]).Should().Equal(Keys(all, k => k));
    }

    [SkippableFact]
    public void Permuting_the_real_accounts_permutes_the_columns_and_nothing_else()
    {
        var readouts = Real().Take(4).ToArray();
        var baseline = ReadoutComparer.Default.Compare(readouts);
        int[][] orders = [[3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]];
        foreach (var order in orders)
        {
            var permuted = ReadoutComparer.Default.Compare(order.Select(i => readouts[i]).ToArray());
            // Column k of the permuted comparison is readout order[k]; name every claim by its input readout and span.
            var expected = Keys(baseline, k => k);
            var actual = Keys(permuted, k => order[k]);
            actual.Should().Equal(expected, $"order {string.Join(",", order)} only moves the columns");
            permuted.Tone.Common.Should().Equal(baseline.Tone.Common);
            for (var k = 0; k < order.Length; k++)
            {
                permuted.Tone.Readouts[k].Particular.Should().Equal(baseline.Tone.Readouts[order[k]].Particular);
            }
        }
    }

    [Fact]
    public void Permuting_the_sample_accounts_permutes_the_columns_and_nothing_else()
    {
        var readouts = SampleThree();
        var baseline = ReadoutComparer.Default.Compare(readouts);
        int[] order = [2, 0, 1];
        var permuted = ReadoutComparer.Default.Compare(order.Select(i => readouts[i]).ToArray());
        Keys(permuted, k => order[k]).Should().Equal(Keys(baseline, k => k));
    }

    [Fact]
    public void Two_sample_readouts_group_the_claims_as_the_pair_rows_do()
    {
        SameAsPair(Readouts.SampleChina, Readouts.SampleUnitedStates);
    }

    [SkippableFact]
    public void Two_readouts_group_the_claims_as_the_pair_rows_do_on_every_real_pair()
    {
        var root = SharedCorpus.Require();
        var pairs = SharedCorpus.Pairs(root).ToList();
        pairs.Should().NotBeEmpty();
        foreach (var (_, left, right) in pairs)
        {
            SameAsPair(Readout.Load(left), Readout.Load(right));
        }
    }

    [Fact]
    public void Tone_keys_common_to_all_are_used_by_every_readout_and_particular_keys_by_one_only()
    {
        var all = ReadoutComparer.Default.Compare(SampleThree());
        var keys = all.Readouts.Select(a => a.ToneKeys.ToHashSet(StringComparer.Ordinal)).ToList();
        all.Tone.Common.Should().Contain("candid").And.OnlyContain(k => keys.All(s => s.Contains(k)));
        keys.Aggregate((a, b) => [.. a.Intersect(b)]).Should().BeEquivalentTo(all.Tone.Common);
        for (var i = 0; i < keys.Count; i++)
        {
            var mine = i;
            all.Tone.Readouts[i].Particular.Should().OnlyContain(k => keys.Where((_, j) => j != mine).All(s => !s.Contains(k)));
            all.Tone.Readouts[i].Keys.Except(all.Tone.Readouts[i].Particular).Should().OnlyContain(k => keys.Where((_, j) => j != mine).Any(s => s.Contains(k)));
        }

        all.Tone.Readouts[0].Particular.Should().Contain("in-depth", "only the Chinese sample calls the talks in-depth");
        all.Tone.Readouts[0].Headline!.Text.Should().Be("candid and in-depth");
    }

    [Fact]
    public void A_cell_carries_the_tone_keys_of_its_own_claims()
    {
        var all = ReadoutComparer.Default.Compare(SampleThree());
        var cell = all.Matters.SelectMany(m => m.Cells).First(c => c.Claims.Any(k => k.Text.Contains("in-depth", StringComparison.Ordinal)));
        cell.Tone.Should().Contain("in-depth");
        all.Matters.SelectMany(m => m.Cells).Where(c => !c.Carries).Should().OnlyContain(c => c.Tone.IsEmpty);
    }

    [Fact]
    public void Links_between_two_columns_join_claims_of_those_columns()
    {
        var all = ReadoutComparer.Default.Compare(SampleThree());
        var matter = all.Matters.First(m => m.IsCommon);
        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 3; b++)
            {
                var ids = matter.Cells[a].Claims.Concat(matter.Cells[b].Claims).Select(c => c.Id).ToHashSet();
                matter.LinksBetween(a, b).All(k => ids.Contains(k.Left.Id) && ids.Contains(k.Right.Id)).Should().BeTrue();
                if (a == b)
                {
                    matter.LinksBetween(a, b).Should().BeEmpty("links join claims of two readouts");
                }
            }
        }

        Enumerable.Range(0, 3).Sum(a => Enumerable.Range(a + 1, 2 - a).Sum(b => matter.LinksBetween(a, b).Length)).Should().Be(matter.Links.Length, "every link inside joins two columns");

        matter.Links.Should().OnlyContain(k => k.IsSpecific);
        var act = () => matter.LinksBetween(0, 3);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Pivot_orders_the_matters_by_the_pivot_readout_and_keeps_every_matter()
    {
        var all = ReadoutComparer.Default.Compare(SampleThree());
        var pivoted = all.WithPivot(1);
        pivoted.Pivot.Should().Be(1);
        pivoted.Matters.ToHashSet(ReferenceEqualityComparer.Instance).SetEquals(all.Matters).Should().BeTrue();
        pivoted.Matters.Should().HaveCount(all.Matters.Length);
        var firstClaims = pivoted.Matters.Where(m => m.Cells[1].Carries).Select(m => m.Cells[1].Claims[0]).ToList();
        firstClaims.Select(c => c.Span.Start).Should().BeInAscendingOrder();
        pivoted.Readouts.Should().Equal(all.Readouts);
        var act = () => all.WithPivot(3);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Fewer_than_two_readouts_is_an_argument_error_and_nulls_are_refused()
    {
        var one = () => ReadoutComparer.Default.Compare([Readouts.SampleChina]);
        one.Should().Throw<ArgumentException>().WithMessage("*two or more readouts*1 given*");
        var none = () => ReadoutComparer.Default.Compare(Array.Empty<Readout>());
        none.Should().Throw<ArgumentException>();
        var withNull = () => ReadoutComparer.Default.Compare([Readouts.SampleChina, null!]);
        withNull.Should().Throw<ArgumentNullException>().WithMessage("*Readout 2 of 2*");
        var analysis = ReadoutComparer.Default.Analyze(Readouts.SampleChina, "A");
        var clash = () => ReadoutComparer.Default.Compare([analysis, analysis]);
        clash.Should().Throw<ArgumentException>().WithMessage("*'A'*");
    }

    [Fact]
    public void Empty_readouts_among_others_carry_nothing()
    {
        var all = ReadoutComparer.Default.Compare([Readouts.SampleChina, new Readout("   ", "Russia"), Readouts.SampleUnitedStates]);
        all.Matters.Should().OnlyContain(m => !m.Cells[1].Carries);
        all.Tone.Common.Should().BeEmpty();
        all.Matters.SelectMany(m => m.Claims).Should().HaveCount(all.Readouts[0].Claims.Length + all.Readouts[2].Claims.Length);
    }

    [Fact]
    public void Engagement_facts_are_read_per_readout_and_a_disagreement_is_named()
    {
        var agency = Readout.Parse("side: United States\n---\nPresident Biden spoke by phone with President Xi Jinping at the request of Xi Jinping. The call lasted two hours.\n", name: "agency.txt");
        var all = ReadoutComparer.Default.Compare([Readouts.SampleChina, Readouts.SampleUnitedStates, agency]);
        var requester = all.Facts.Single(f => f.Name == "requestedBy");
        requester.Values[2].Should().Be("Xi Jinping");
        requester.Values[0].Should().Be("Joe Biden", "the Chinese sample says Biden asked for the call");
        requester.Conflict.Should().BeTrue();
        all.Facts.Single(f => f.Name == "duration").Values[2].Should().Be("two hours");
        all.Facts.Single(f => f.Name == "format").Conflict.Should().BeFalse();
        Rendering.ComparisonText.Summary(all).Should().Contain("The readouts disagree on the requester: the Chinese readout gives Joe Biden");
        Rendering.ComparisonText.FactLines(all).Should().Contain(l => l.StartsWith("requestedBy: ", StringComparison.Ordinal) && l.EndsWith("[the readouts disagree]", StringComparison.Ordinal));
        var back = Serialization.ComparisonJson.DeserializeMulti(Serialization.ComparisonJson.Serialize(all));
        back.Facts.Select(f => (f.Name, string.Join("|", f.Values), f.Conflict)).Should().Equal(all.Facts.Select(f => (f.Name, string.Join("|", f.Values), f.Conflict)));
    }

    [Fact]
    public void A_cancelled_token_stops_the_comparison()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var act = () => ReadoutComparer.Default.Compare(SampleThree(), cancel.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Comparing_on_eight_threads_at_once_gives_the_same_result_as_alone()
    {
        var readouts = SampleThree();
        var alone = Serialization.ComparisonJson.Serialize(ReadoutComparer.Default.Compare(readouts));
        var results = new string[8];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = Serialization.ComparisonJson.Serialize(ReadoutComparer.Default.Compare(readouts)));
        results.Should().OnlyContain(r => r == alone);
    }

    [Fact]
    public void Odd_texts_among_the_accounts_still_place_every_claim_in_exactly_one_matter_and_render()
    {
        var odd = OddTextTests.Texts.Select(row => new Readout((string)row[1], "Russia") { Name = (string)row[0] }).ToList();
        var all = ReadoutComparer.Default.Compare([Readouts.SampleChina, .. odd, Readouts.SampleUnitedStates]);
        all.Readouts.Should().HaveCount(odd.Count + 2);
        all.Matters.SelectMany(m => m.Claims).Select(c => c.Id).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(all.Readouts.SelectMany(a => a.Claims).Select(c => c.Id));
        Rendering.TextRenderer.Render(all, 100).Split('\n').Should().OnlyContain(l => l.TrimEnd('\r').Length <= 100);
        Serialization.ComparisonJson.DeserializeMulti(Serialization.ComparisonJson.Serialize(all)).Matters.Should().HaveCount(all.Matters.Length);
    }

    [Fact]
    public void A_readout_over_the_length_limit_among_several_is_refused()
    {
        var comparer = ReadoutComparer.CreateBuilder().WithMaxReadoutLength(Readouts.SampleUnitedStates.Text.Length).Build();
        var longer = Readouts.SampleChina with { Text = Readouts.SampleUnitedStates.Text + " More text." };
        var act = () => comparer.Compare([Readouts.SampleUnitedStates, longer, Readouts.SampleUnitedStates]);
        act.Should().Throw<ReadoutTooLargeException>();
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_ids_are_letters(int index, string id) => MultiComparison.ColumnId(index).Should().Be(id);

    /// <summary>Checks that comparing two readouts N-way groups their claims as the pair comparison's rows do, kind for kind.</summary>
    private static void SameAsPair(Readout left, Readout right)
    {
        var pair = ReadoutComparer.Default.Compare(left, right);
        var multi = ReadoutComparer.Default.Compare([left, right]);
        var rows = pair.Rows.Select(r => Key(Kind(r.Kind), r.Left.Select(c => "0:" + c.Span), r.Right.Select(c => "1:" + c.Span))).Order(StringComparer.Ordinal).ToList();
        var matters = multi.Matters.Select(m => Key(m.Relation.ToString(), m.Cells[0].Claims.Select(c => "0:" + c.Span), m.Cells[1].Claims.Select(c => "1:" + c.Span))).Order(StringComparer.Ordinal).ToList();
        matters.Should().Equal(rows, $"{left.Name} and {right.Name} compared two ways");
        multi.Matters.Where(m => m.Carriers.Length == 2).Select(m => m.Score).Order().Should().Equal(pair.Rows.Where(r => r.Kind is RowKind.Shared or RowKind.Divergent).Select(r => r.Score).Order());
        multi.Tone.Common.Should().BeEquivalentTo(pair.Tone.Shared);
        multi.Facts.Select(f => $"{f.Name}={f.Values[0]}|{f.Values[1]} {f.Conflict}").Should().Equal(pair.Engagement.Facts.Select(f => $"{f.Name}={f.Left}|{f.Right} {f.Conflict}"));
        multi.Tone.Readouts[0].Particular.Should().Equal(pair.Tone.LeftOnly);
        multi.Tone.Readouts[1].Particular.Should().Equal(pair.Tone.RightOnly);

        static string Kind(RowKind kind) => kind switch
        {
            RowKind.Shared => nameof(MatterRelation.Shared),
            RowKind.Divergent => nameof(MatterRelation.Divergent),
            RowKind.Weak => nameof(MatterRelation.Weak),
            _ => nameof(MatterRelation.Single),
        };

        static string Key(string kind, IEnumerable<string> a, IEnumerable<string> b) => kind + " " + string.Join(",", a.Concat(b));
    }

    /// <summary>
    /// Each matter written without reference to the column order: relation, score, and its claims named by input
    /// readout (through <paramref name="input"/>, column to input index) and span, in order; plus its cells' tone.
    /// </summary>
    private static List<string> Keys(MultiComparison comparison, Func<int, int> input) =>
        [.. comparison.Matters.Select(m =>
        {
            var cells = Enumerable.Range(0, m.Cells.Length)
                .Select(k => (Input: input(k), Cell: m.Cells[k]))
                .Where(x => x.Cell.Carries)
                .OrderBy(x => x.Input)
                .Select(x => $"{x.Input}:{string.Join("+", x.Cell.Claims.Select(c => c.Span))}[{string.Join(",", x.Cell.Tone)}]");
            return $"{m.Relation} {m.Score?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} {string.Join(" ", m.Topics)} | {string.Join(" | ", cells)} | near {m.Nearest?.Claim.Span}";
        })];
}
