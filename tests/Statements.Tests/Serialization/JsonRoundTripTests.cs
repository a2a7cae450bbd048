using System.Collections.Immutable;
using FluentAssertions.Equivalency;
using Statements.Serialization;

namespace Statements.Tests;

/// <summary>A comparison written to the JSON contract reads back to an equal comparison, member for member.</summary>
public class JsonRoundTripTests
{
    private static EquivalencyAssertionOptions<Comparison> Members(EquivalencyAssertionOptions<Comparison> o) =>
        o.ComparingRecordsByMembers().WithStrictOrdering().AllowingInfiniteRecursion();

    private static void ShouldRoundTrip(Comparison comparison)
    {
        var json = ComparisonJson.Serialize(comparison);

        var back = ComparisonJson.Deserialize(json);

        back.Should().BeEquivalentTo(comparison, Members);
        ComparisonJson.Serialize(back).Should().Be(json, "what was read writes back to the same text");
        ComparisonJson.Deserialize(ComparisonJson.Serialize(comparison, indented: false)).Should().BeEquivalentTo(comparison, Members);
    }

    [Fact]
    public void The_sample_round_trips()
    {
        ShouldRoundTrip(ReadoutComparer.Default.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates));
    }

    [Fact]
    public void A_comparison_of_one_side_with_itself_round_trips_with_left_and_right_fact_keys()
    {
        var comparison = ReadoutComparer.Default.Compare(Readouts.SampleUnitedStates, Readouts.SampleUnitedStates);

        ComparisonJson.Serialize(comparison).Should().Contain("\"left\": ").And.Contain("\"right\": ");
        ShouldRoundTrip(comparison);
    }

    [Fact]
    public void Hostile_and_odd_unicode_text_round_trips_character_for_character()
    {
        var left = new Readout("President Xi Jinping said that \"<script>\" \u202Eevil\u202C, emoji \U0001F600, e\u0301, \u4E2D\u56FD and \u0420\u043E\u0441\u0441\u0438\u044F matter.\n\nXi stressed the red line \\ \t\u0001.", "China")
        {
            Title = "</title>", Headers = new Dictionary<string, string> { ["Source"] = "x", ["Publisher"] = "y" }.ToImmutableDictionary(),
        };
        var comparison = ReadoutComparer.Default.Compare(left, Readouts.SampleUnitedStates);

        ShouldRoundTrip(comparison);
        ComparisonJson.Deserialize(ComparisonJson.Serialize(comparison)).Left.Readout.Text.Should().Be(left.Text);
    }

    [Fact]
    public void Empty_readouts_round_trip()
    {
        ShouldRoundTrip(ReadoutComparer.Default.Compare(new Readout("", "China"), new Readout(" ", "Russia")));
    }

    [SkippableFact]
    public void Every_real_pair_round_trips()
    {
        var root = SharedCorpus.Require();
        var pairs = SharedCorpus.Pairs(root).ToList();
        pairs.Should().NotBeEmpty();

        foreach (var (_, leftPath, rightPath) in pairs)
        {
            ShouldRoundTrip(ReadoutComparer.Default.Compare(Readout.Load(leftPath), Readout.Load(rightPath)));
        }
    }

    [Fact]
    public void One_analysis_round_trips()
    {
        var analysis = ReadoutComparer.Default.Analyze(Readouts.SampleChina);

        var back = ComparisonJson.DeserializeAnalysis(ComparisonJson.Serialize(analysis));

        back.Should().BeEquivalentTo(analysis, o => o.ComparingRecordsByMembers().WithStrictOrdering());
    }

    [Theory]
    [InlineData("", "Not a readable document")]
    [InlineData("not json", "Not a readable document")]
    [InlineData("null", "null")]
    [InlineData("{\"schema\":\"other/1\",\"readouts\":[],\"rows\":[],\"tone\":{}}", "\"other/1\"")]
    [InlineData("{\"schema\":\"statements.comparison/1\",\"readouts\":[],\"rows\":[],\"tone\":{}}", "exactly two readouts")]
    public void Bad_documents_get_a_format_exception_that_says_why(string json, string message)
    {
        FluentActions.Invoking(() => ComparisonJson.Deserialize(json)).Should().Throw<FormatException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void A_row_naming_a_missing_claim_or_a_span_outside_the_text_is_refused_with_its_place()
    {
        var json = ComparisonJson.Serialize(ReadoutComparer.Default.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates), indented: false);

        var missingClaim = json.Replace("\"left\":[\"L1\"", "\"left\":[\"L999\"", StringComparison.Ordinal);
        var badSpan = json.Replace("\"span\":{\"start\":0,", "\"span\":{\"start\":-5,", StringComparison.Ordinal);
        var badKind = json.Replace("\"kind\":\"divergent\"", "\"kind\":\"maybe\"", StringComparison.Ordinal);

        missingClaim.Should().NotBe(json);
        badSpan.Should().NotBe(json);
        badKind.Should().NotBe(json);
        FluentActions.Invoking(() => ComparisonJson.Deserialize(missingClaim)).Should().Throw<FormatException>().WithMessage("rows[*].left names claim \"L999\"*");
        FluentActions.Invoking(() => ComparisonJson.Deserialize(badSpan)).Should().Throw<FormatException>().WithMessage("readouts[0].*span*does not lie inside the text*");
        FluentActions.Invoking(() => ComparisonJson.Deserialize(badKind)).Should().Throw<FormatException>().WithMessage("rows[*].kind: \"maybe\"*");
    }
}
