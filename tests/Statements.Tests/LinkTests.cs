using System.Text.Json.Nodes;
using Statements.Alignment;
using Statements.Language;
using Statements.Serialization;

namespace Statements.Tests;

/// <summary>Issue 18: links many-to-many from the fitted model, the weak band, general links, evidence, the contract's links.</summary>
public sealed class LinkTests : IDisposable
{
    private static readonly Comparison Sample = ReadoutComparer.Default.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates);

    private readonly string folder = Directory.CreateTempSubdirectory("statements-links-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_default_comparer_links_with_the_fitted_model_and_a_claim_can_have_several_counterparts()
    {
        ReadoutComparer.Default.Linker.Should().BeOfType<ModelLinker>();
        Sample.Links.Should().Contain(k => k.IsSpecific);
        Sample.Links.Where(k => k.IsSpecific).GroupBy(k => k.Left.Id).Should().Contain(g => g.Count() >= 2, "many-to-many: one claim links to two claims of the other side");
        Sample.Links.Should().OnlyContain(k => k.Score >= 0 && k.Score <= 1 && k.Reasons.Length > 0);
    }

    [Fact]
    public void A_general_claim_links_general_to_the_specific_claims_inside_its_area()
    {
        var general = Sample.Links.Where(k => k.Relation == LinkRelation.General).ToList();
        general.Should().NotBeEmpty();
        general.GroupBy(k => k.Left.Id).Concat(general.GroupBy(k => k.Right.Id)).Should().Contain(g => g.Count() >= 3, "one general claim stands for several specific ones");
        foreach (var link in general)
        {
            Sample.Links.Should().NotContain(k => k.IsSpecific && k.Left == link.Left && k.Right == link.Right, "a pair is linked once");
        }
    }

    [Fact]
    public void A_matched_row_holds_only_claims_joined_by_specific_links_and_shows_their_evidence()
    {
        var taiwan = Sample.Links.First(k => k.IsSpecific && k.Left.Topics.Contains("taiwan") && k.Right.Topics.Contains("taiwan"));
        taiwan.Evidence.Should().Contain("topic: taiwan");
        foreach (var row in Sample.Rows.Where(r => r.Kind is RowKind.Shared or RowKind.Divergent))
        {
            row.Left.Length.Should().BeInRange(1, LinkRows.MaxClaimsPerSide);
            row.Right.Length.Should().BeInRange(1, LinkRows.MaxClaimsPerSide);
            foreach (var claim in row.Left)
            {
                Sample.Links.Should().Contain(k => k.IsSpecific && k.Left == claim && row.Right.Contains(k.Right));
            }

            row.Evidence.Should().BeEquivalentTo(Sample.Links.Where(k => k.IsSpecific && row.Left.Contains(k.Left) && row.Right.Contains(k.Right)).SelectMany(k => k.Evidence).Distinct());
        }
    }

    [Fact]
    public void A_claim_in_the_weak_band_shows_its_nearest_counterpart_and_is_not_called_one_sided()
    {
        var model = ReadoutLanguage.English.LinkModel;
        var weak = Sample.Rows.Where(r => r.Kind == RowKind.Weak && r.Reasons[0].StartsWith("nearest counterpart", StringComparison.Ordinal)).ToList();
        weak.Should().NotBeEmpty();
        foreach (var row in weak)
        {
            var claim = row.Left.Length > 0 ? row.Left[0] : row.Right[0];
            row.Nearest.Should().NotBeNull();
            row.Nearest!.Score.Should().BeGreaterThanOrEqualTo(model.Thresholds.Weak - 0.001);
            Sample.Links.Should().NotContain(k => k.IsSpecific && (k.Left == claim || k.Right == claim));
            Rendering.ComparisonText.RowNotes(Sample, row).Should().Contain(n => n.StartsWith("nearest in", StringComparison.Ordinal));
        }

        Rendering.ComparisonText.SummarySentences(Sample)[^1].Should().Contain("weak counterpart");
    }

    [SkippableFact]
    public void A_one_sided_claim_whose_matter_the_other_side_names_only_in_general_terms_says_so()
    {
        var root = SharedCorpus.Require();
        var dir = Path.Combine(root, "corpus", "pairs", "2024-04-02_us-cn_biden-xi-call");
        var comparison = ReadoutComparer.Default.Compare(Readout.Load(Path.Combine(dir, "cn.txt")), Readout.Load(Path.Combine(dir, "us.txt")));
        var rows = comparison.Rows.Where(r => r.Kind is RowKind.LeftOnly or RowKind.RightOnly or RowKind.Weak && r.GeneralLinks.Length > 0).ToList();
        rows.Should().Contain(r => r.Kind != RowKind.Weak);
        foreach (var row in rows)
        {
            var claim = row.Left.Length > 0 ? row.Left[0] : row.Right[0];
            if (row.Kind != RowKind.Weak)
            {
                row.Reasons[0].Should().Contain("only in general terms");
            }

            row.GeneralLinks.Should().OnlyContain(k => k.Relation == LinkRelation.General && (k.Left == claim || k.Right == claim));
            comparison.Links.Should().NotContain(k => k.IsSpecific && (k.Left == claim || k.Right == claim));
            Rendering.ComparisonText.RowNotes(comparison, row).Should().Contain(n => n.Contains("names this only in general terms", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_claim_whose_matter_the_other_readout_never_names_is_one_sided_however_near_its_nearest_counterpart()
    {
        // Kremlin and White House readouts of the call of 13 April 2021 (Fixtures/alignment-probe): only the US readout
        // names cyber intrusions. With a weak threshold of 0 every other unlinked claim is in the weak band.
        var dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "alignment-probe", "2021-04-13_ru-us_putin-biden-call");
        var (russia, us) = (Readout.Load(Path.Combine(dir, "other-russia.txt")), Readout.Load(Path.Combine(dir, "us.txt")));
        var model = ReadoutLanguage.English.LinkModel;
        var everyClaimNear = ReadoutLanguage.English.ToBuilder().UseLinkModel(model.With(model.Thresholds with { Weak = 0 })).Build();
        var comparison = ReadoutComparer.CreateBuilder().UseLanguage(everyClaimNear).Build().Compare(russia, us);

        var cyber = comparison.Rows.Single(r => r.Right.Any(c => c.Text.Contains("cyber intrusions", StringComparison.Ordinal)));
        cyber.Kind.Should().Be(RowKind.RightOnly);
        cyber.Reasons[0].Should().Contain("never names cyber");
        cyber.NeverNamedByOther.Should().Equal("cyber");
        Rendering.ComparisonText.RowNotes(comparison, cyber).Should().Contain("Russia never names cyber");
        comparison.Left.Topics.Should().NotContain("cyber");

        var unnamed = comparison.Rows.Where(r => r.Reasons.Any(x => x.Contains("never names", StringComparison.Ordinal))).ToList();
        unnamed.Should().OnlyContain(r => r.Kind == RowKind.LeftOnly || r.Kind == RowKind.RightOnly);
        comparison.Rows.Where(r => r.Kind is RowKind.LeftOnly or RowKind.RightOnly).Should().BeEquivalentTo(unnamed, "with every other claim near, only these are called one-sided");
        foreach (var row in unnamed)
        {
            var (claim, other) = row.Left.Length > 0 ? (row.Left[0], comparison.Right) : (row.Right[0], comparison.Left);
            comparison.Links.Should().NotContain(k => k.IsSpecific && (k.Left == claim || k.Right == claim));
            claim.Topics.Should().NotIntersectWith(other.Topics.Intersect(ClaimShape.Of(TermSimilarity.Instance, claim).SpecificTopics));
        }
    }

    [Fact]
    public void Readouts_of_many_alike_claims_give_links_in_proportion_to_their_claims_not_to_their_product()
    {
        var left = new Readout(string.Concat(Enumerable.Repeat("President Xi said China supports peace talks on Ukraine. ", 200)), "China");
        var right = new Readout(
            string.Concat(Enumerable.Repeat("President Biden said the United States supports peace talks on Ukraine. ", 150))
            + string.Concat(Enumerable.Repeat("The two leaders discussed the bilateral agenda. ", 50)),
            "United States");
        var comparison = ReadoutComparer.Default.Compare(left, right);
        var specific = comparison.Links.Where(k => k.IsSpecific).ToList();
        specific.Should().NotBeEmpty();
        specific.GroupBy(k => k.Left.Id).Should().OnlyContain(g => g.Count() <= LinkDecision.MaxSpecificPerClaim);
        specific.GroupBy(k => k.Right.Id).Should().OnlyContain(g => g.Count() <= LinkDecision.MaxSpecificPerClaim);
        comparison.Links.Length.Should().BeLessThanOrEqualTo(((200 + 200) * LinkDecision.MaxSpecificPerClaim) + (50 * LinkDecision.MaxGeneralPerClaim), "not 200 x 200");

        var mirrored = ReadoutComparer.Default.Compare(right, left).Links.Select(k => (k.Right.Span, k.Left.Span, k.Relation));
        comparison.Links.Select(k => (k.Left.Span, k.Right.Span, k.Relation)).Should().BeEquivalentTo(mirrored, "ties go by place, whichever readout is on the left");
    }

    [Fact]
    public void Swapping_the_sides_mirrors_the_links()
    {
        var swapped = ReadoutComparer.Default.Compare(Readouts.SampleUnitedStates, Readouts.SampleChina);
        static string Key(Claim a, Claim b, ClaimLink k) => $"{a.Span}|{b.Span}|{k.Relation}|{k.Score}";
        swapped.Links.Select(k => Key(k.Right, k.Left, k)).Order(StringComparer.Ordinal)
            .Should().Equal(Sample.Links.Select(k => Key(k.Left, k.Right, k)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_links_are_the_same_on_every_thread_count()
    {
        static string Key(Comparison c) => string.Join("\n", c.Links.Select(k => $"{k.Left.Id}-{k.Right.Id} {k.Relation} {k.Score}"));
        var expected = Key(Sample);
        var results = new string[16];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = Key(new ReadoutComparerBuilder().Build().Compare(Readouts.SampleChina, Readouts.SampleUnitedStates)));
        results.Should().OnlyContain(r => r == expected);
    }

    [Fact]
    public void Links_survive_the_json_contract_and_a_version_1_document_still_reads()
    {
        var json = ComparisonJson.Serialize(Sample);
        json.Should().Contain("\"schema\": \"statements.comparison/2\"").And.Contain("\"links\"");
        var back = ComparisonJson.Deserialize(json);
        back.Links.Select(k => (k.Left.Id, k.Right.Id, k.Relation, k.Score)).Should().Equal(Sample.Links.Select(k => (k.Left.Id, k.Right.Id, k.Relation, k.Score)));
        back.Rows.Select(r => r.Nearest?.Claim.Id).Should().Equal(Sample.Rows.Select(r => r.Nearest?.Claim.Id));
        back.Rows.Select(r => r.GeneralLinks.Length).Should().Equal(Sample.Rows.Select(r => r.GeneralLinks.Length));

        var old = JsonNode.Parse(json)!.AsObject();
        old["schema"] = ComparisonJson.SchemaIdVersion1;
        old.Remove("links");
        foreach (var row in old["rows"]!.AsArray())
        {
            row!.AsObject().Remove("evidence");
            row.AsObject().Remove("nearest");
            row.AsObject().Remove("generalCounterparts");
            row.AsObject().Remove("neverNamedByOther");
            if ((string?)row["kind"] == "weak")
            {
                row["kind"] = row["left"]!.AsArray().Count > 0 ? "left-only" : "right-only";
            }
        }

        var version1 = ComparisonJson.Deserialize(old.ToJsonString());
        version1.Links.Should().BeEmpty();
        version1.Rows.Should().HaveCount(Sample.Rows.Length);
    }

    [Theory]
    [InlineData("[null]", "neverNamedByOther[0]")]
    [InlineData("[1]", "neverNamedByOther")]
    [InlineData("\"cyber\"", "neverNamedByOther")]
    public void A_malformed_list_of_topics_the_other_readout_never_names_is_refused_naming_its_path(string value, string where)
    {
        var json = JsonNode.Parse(ComparisonJson.Serialize(Sample))!.AsObject();
        json["rows"]![0]!["neverNamedByOther"] = JsonNode.Parse(value);
        var act = () => ComparisonJson.Deserialize(json.ToJsonString());
        act.Should().Throw<FormatException>().WithMessage($"*{where}*");
    }

    [Fact]
    public void A_custom_aligner_links_by_its_groups()
    {
        var comparer = ReadoutComparer.CreateBuilder().WithThreshold(0.3).Build();
        comparer.Linker.Should().BeOfType<GroupLinker>();
        var comparison = comparer.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates);
        foreach (var row in comparison.Rows.Where(r => r.Kind is RowKind.Shared or RowKind.Divergent))
        {
            foreach (var (l, r) in row.Left.SelectMany(l => row.Right.Select(r => (l, r))))
            {
                comparison.Links.Should().Contain(k => k.Left == l && k.Right == r);
            }
        }

        comparison.Links.Should().NotContain(k => k.Relation == LinkRelation.General);
    }

    [Fact]
    public void The_model_writes_and_reads_back_the_same_weights()
    {
        var model = ReadoutLanguage.English.LinkModel;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(model.ToJson()));
        var back = LinkModel.Parse(stream, "link-model.json");
        back.Specific.Should().Equal(model.Specific);
        back.General.Should().Equal(model.General);
        back.Divergent.Should().Equal(model.Divergent);
        back.Thresholds.Should().Be(model.Thresholds);
    }

    [Fact]
    public void Thresholds_outside_0_to_1_are_refused_also_through_with()
    {
        var rules = ReadoutLanguage.English.LinkModel.Thresholds;
        FluentActions.Invoking(() => new LinkThresholds(1.5, 0, 0, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Link");
        FluentActions.Invoking(() => rules with { Weak = -0.1 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Weak");
        FluentActions.Invoking(() => rules with { RelativeCutoff = double.NaN }).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("not json", "Not valid JSON")]
    [InlineData("{\"format\":\"other/1\"}", "$.format")]
    [InlineData("REMOVE_FEATURE", "$.features")]
    [InlineData("SHORT_WEIGHTS", "$.specific")]
    [InlineData("BAD_THRESHOLD", "$.linkThreshold")]
    [InlineData("NAN_WEIGHT", "$.general[1]")]
    public void Malformed_weights_are_refused_naming_the_file_and_the_place(string content, string where)
    {
        var node = JsonNode.Parse(ReadoutLanguage.English.LinkModel.ToJson())!.AsObject();
        switch (content)
        {
            case "REMOVE_FEATURE":
                node["features"]!.AsArray().RemoveAt(3);
                break;
            case "SHORT_WEIGHTS":
                node["specific"]!.AsArray().RemoveAt(0);
                break;
            case "BAD_THRESHOLD":
                node["linkThreshold"] = 1.5;
                break;
            case "NAN_WEIGHT":
                node["general"]![1] = "NaN";
                break;
        }

        var text = content.StartsWith('{') || content == "not json" ? content : node.ToJsonString();
        var path = Path.Combine(folder, "link-model.json");
        File.WriteAllText(path, text);
        var act = () => ReadoutLanguage.English.ToBuilder().AddFrom(folder);
        var error = act.Should().Throw<LanguageDataException>().Which;
        error.File.Should().Be(path);
        error.Message.Should().Contain(where);
    }

    [Fact]
    public void A_language_without_a_link_model_uses_englishs_and_one_with_a_model_uses_its_own()
    {
        var custom = ReadoutLanguage.English.ToBuilder().WithTag("en-x-test").Build();
        custom.LinkModel.Should().BeSameAs(ReadoutLanguage.English.LinkModel);
        var strict = custom.LinkModel.With(new LinkThresholds(1, 1, 1, 1, 1));
        var language = custom.ToBuilder().UseLinkModel(strict).Build();
        var comparison = ReadoutComparer.CreateBuilder().UseLanguage(language).Build().Compare(Readouts.SampleChina, Readouts.SampleUnitedStates);
        comparison.Links.Should().NotContain(l => l.IsSpecific, "no probability reaches 1");
        comparison.Links.Should().OnlyContain(l => Covers(l.Left, l.Right) || Covers(l.Right, l.Left), "a general link without the model comes only from a report of discussion that takes in the other claim");
    }

    private static bool Covers(Claim broad, Claim narrow) =>
        LinkDecision.Covers(ClaimShape.Of(TermSimilarity.Instance, broad), ClaimShape.Of(TermSimilarity.Instance, narrow));
}
