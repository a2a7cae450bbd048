using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Statements.Rendering;
using Statements.Serialization;

namespace Statements.Tests;

/// <summary>
/// Issue 23, JSON read-back: every field is checked, explicit nulls and numbers out of range are refused as
/// <see cref="FormatException"/> naming the JSON path, whatever is accepted renders, and claims are looked up, not
/// searched.
/// </summary>
public class JsonHostileTests
{
    private static readonly string Json = ComparisonJson.Serialize(ReadoutComparer.Default.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates), indented: false);

    /// <summary>The sample comparison's JSON with one change at a path such as <c>readouts[0].claims[0].text</c>.</summary>
    private static string With(string path, JsonNode? value)
    {
        var root = JsonNode.Parse(Json)!;
        var (parent, last) = Walk(root, path);
        if (last.EndsWith(']'))
        {
            var name = last[..last.IndexOf('[', StringComparison.Ordinal)];
            var index = int.Parse(last[(last.IndexOf('[', StringComparison.Ordinal) + 1)..^1], CultureInfo.InvariantCulture);
            parent[name]![index] = value;
        }
        else
        {
            parent[last] = value;
        }

        return root.ToJsonString();
    }

    private static (JsonNode Parent, string Last) Walk(JsonNode root, string path)
    {
        var parts = path.Split('.');
        var node = root;
        foreach (var part in parts[..^1])
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            node = bracket < 0
                ? node[part]!
                : node[part[..bracket]]![int.Parse(part[(bracket + 1)..^1], CultureInfo.InvariantCulture)]!;
        }

        return (node, parts[^1]);
    }

    [Theory]
    [InlineData("readouts[0].claims[0].text")]
    [InlineData("readouts[0].claims[0].id")]
    [InlineData("readouts[0].claims[0].speaker")]
    [InlineData("readouts[0].claims[0].topics")]
    [InlineData("readouts[0].claims[0].span")]
    [InlineData("readouts[0].claims[0].modality")]
    [InlineData("readouts[0].claims")]
    [InlineData("readouts[0].sentences")]
    [InlineData("readouts[0].sentences[0]")]
    [InlineData("readouts[0].sentences[0].kind")]
    [InlineData("readouts[0].sentences[0].claims")]
    [InlineData("readouts[0].participants[0].titles")]
    [InlineData("readouts[0].participants[0].name")]
    [InlineData("readouts[0].toneHits[0].key")]
    [InlineData("readouts[0].toneHits[0].category")]
    [InlineData("readouts[0].topics")]
    [InlineData("readouts[1].text")]
    [InlineData("readouts[1].id")]
    [InlineData("readouts[1].side")]
    [InlineData("readouts[1]")]
    [InlineData("readouts")]
    [InlineData("rows")]
    [InlineData("rows[0]")]
    [InlineData("rows[0].kind")]
    [InlineData("rows[0].topics")]
    [InlineData("rows[0].reasons")]
    [InlineData("rows[0].leftTone")]
    [InlineData("rows[0].diff")]
    [InlineData("links[0].left")]
    [InlineData("links[0].relation")]
    [InlineData("coverage[0].topic")]
    [InlineData("coverage[0].left")]
    [InlineData("engagement.format")]
    [InlineData("engagement.participants")]
    [InlineData("engagement.facts")]
    [InlineData("tone")]
    [InlineData("tone.shared")]
    [InlineData("tone.leftOnly")]
    [InlineData("schema")]
    public void An_explicit_null_is_a_format_exception_naming_its_path(string path)
    {
        var json = With(path, null);
        var act = () => ComparisonJson.Deserialize(json);
        act.Should().Throw<FormatException>().Which.Message.Should().Contain(path == "schema" ? "schema" : path + ": null");
    }

    [Theory]
    [InlineData("op")]
    [InlineData("text")]
    public void A_null_in_a_diff_run_is_a_format_exception_naming_its_path(string field)
    {
        var run = new JsonObject { ["op"] = "equal", ["text"] = "a" };
        run[field] = null;
        var json = With("rows[0].diff", new JsonArray(run));
        var act = () => ComparisonJson.Deserialize(json);
        act.Should().Throw<FormatException>().Which.Message.Should().Contain($"rows[0].diff[0].{field}: null");
    }

    [Theory]
    [InlineData("rows[0].left[0]")]
    [InlineData("rows[0].topics[0]")]
    [InlineData("readouts[0].claims[0].topics[0]")]
    [InlineData("readouts[0].sentences[1].claims[0]")]
    [InlineData("tone.shared[0]")]
    public void A_null_element_of_an_array_is_a_format_exception_naming_its_path(string path)
    {
        var json = With(path, null);
        var act = () => ComparisonJson.Deserialize(json);
        act.Should().Throw<FormatException>().Which.Message.Should().Contain(path + ": null");
    }

    [Theory]
    [InlineData("rows[0].score", "5", "rows[0].score: 5 is outside 0..1")]
    [InlineData("rows[0].score", "-0.5", "rows[0].score: -0.5 is outside 0..1")]
    [InlineData("readouts[0].toneHits[0].valence", "1e300", "readouts[0].toneHits[0].valence: 1E+300 is outside -10..10")]
    [InlineData("readouts[0].claims[0].cueStrength", "-1", "readouts[0].claims[0].cueStrength: -1 is outside 0..10")]
    [InlineData("readouts[0].claims[0].sentence", "99999", "readouts[0].claims[0].sentence: 99999 is outside -1..")]
    [InlineData("readouts[0].claims[0].sentence", "-7", "readouts[0].claims[0].sentence: -7 is outside -1..")]
    [InlineData("readouts[0].sentences[0].paragraph", "-1", "readouts[0].sentences[0].paragraph: -1 is below 0")]
    [InlineData("readouts[0].toneScore", "12", "readouts[0].toneScore: 12 is outside -3..3")]
    [InlineData("readouts[0].claims[1].id", "\"L1\"", "readouts[0].claims[1].id: \"L1\" is the id of an earlier claim too")]
    [InlineData("readouts[0].toneHits[0].claim", "\"L999\"", "readouts[0].toneHits[0].claim: names claim \"L999\"")]
    [InlineData("readouts[0].sentences[0].span", "{\"start\":-1,\"length\":3}", "readouts[0].sentences[0].span: [-1, +3) does not lie inside the text")]
    public void A_number_or_reference_out_of_range_is_refused_with_its_path(string path, string value, string message)
    {
        var json = With(path, JsonNode.Parse(value));
        json.Should().NotBe(Json);
        var act = () => ComparisonJson.Deserialize(json);
        act.Should().Throw<FormatException>().Which.Message.Should().Contain(message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var root = JsonNode.Parse(Json)!;
        root["rows"]![0]!["topics"] = null;
        root["readouts"]![1]!["claims"]![0]!["text"] = null;
        root["rows"]![1]!["score"] = 7;
        var act = () => ComparisonJson.Deserialize(root.ToJsonString());
        act.Should().Throw<FormatException>().Which.Message.Should()
            .Contain("readouts[1].claims[0].text: null").And.Contain("rows[0].topics: null").And.Contain("rows[1].score: 7 is outside 0..1").And.Contain("(3 problems)");
    }

    [Fact]
    public void Analysis_read_back_is_checked_too()
    {
        var json = ComparisonJson.Serialize(ReadoutComparer.Default.Analyze(Readouts.SampleChina), indented: false);
        var root = JsonNode.Parse(json)!;
        root["readout"]!["claims"]![0]!["speaker"] = null;
        var act = () => ComparisonJson.DeserializeAnalysis(root.ToJsonString());
        act.Should().Throw<FormatException>().WithMessage("readout.claims[0].speaker: null*");
    }

    [Fact]
    public void A_document_that_reads_renders_in_every_format()
    {
        // Optional fields left out altogether, the rest as written: what reads must render.
        var root = JsonNode.Parse(Json)!;
        root.AsObject().Remove("engagement");
        root.AsObject().Remove("coverage");
        foreach (var readout in root["readouts"]!.AsArray())
        {
            foreach (var claim in readout!["claims"]!.AsArray())
            {
                claim!.AsObject().Remove("sentence");
                claim.AsObject().Remove("cueStrength");
            }
        }

        var comparison = ComparisonJson.Deserialize(root.ToJsonString());
        MarkdownRenderer.Render(comparison).Should().NotBeEmpty();
        HtmlRenderer.Render(comparison).Should().NotBeEmpty();
        CsvRenderer.Render(comparison).Should().NotBeEmpty();
        TextRenderer.Render(comparison).Should().NotBeEmpty();
        comparison.Left.Claims.Should().OnlyContain(c => c.SentenceIndex >= -1 && c.SentenceIndex < comparison.Left.Sentences.Length);
        ComparisonJson.Deserialize(ComparisonJson.Serialize(comparison)).Should().BeEquivalentTo(comparison, o => o.ComparingRecordsByMembers().WithStrictOrdering().AllowingInfiniteRecursion());
    }

    [Fact]
    public void Forty_thousand_claims_read_back_with_every_row_naming_its_claim()
    {
        // One readout of 40,000 claimed sentences, aligned row by row with an identical one: reading it back looks
        // up 80,000 claim ids (a linear search per id made this take 15 s).
        const int n = 40_000;
        var text = new StringBuilder();
        var sentences = new JsonArray();
        var claims = new JsonArray();
        for (var i = 0; i < n; i++)
        {
            var sentence = string.Create(CultureInfo.InvariantCulture, $"Claim {i} said peace.");
            sentences.Add(new JsonObject { ["span"] = new JsonObject { ["start"] = text.Length, ["length"] = sentence.Length }, ["kind"] = "claim", ["claims"] = new JsonArray(string.Create(CultureInfo.InvariantCulture, $"L{i}")) });
            claims.Add(new JsonObject { ["id"] = string.Create(CultureInfo.InvariantCulture, $"L{i}"), ["speaker"] = "narrator", ["text"] = sentence, ["span"] = new JsonObject { ["start"] = text.Length, ["length"] = sentence.Length } });
            text.Append(sentence).Append(' ');
        }

        JsonObject Readout(string id, string side)
        {
            var s = JsonNode.Parse(sentences.ToJsonString())!.AsArray();
            var c = JsonNode.Parse(claims.ToJsonString())!.AsArray();
            foreach (var claim in c)
            {
                claim!["id"] = id + claim["id"]!.GetValue<string>()[1..];
            }

            foreach (var sentence in s)
            {
                sentence!["claims"]![0] = id + sentence["claims"]![0]!.GetValue<string>()[1..];
            }

            return new JsonObject { ["id"] = id, ["side"] = side, ["text"] = text.ToString(), ["sentences"] = s, ["claims"] = c };
        }

        var rows = new JsonArray();
        for (var i = 0; i < n; i++)
        {
            rows.Add(new JsonObject { ["kind"] = "shared", ["left"] = new JsonArray(string.Create(CultureInfo.InvariantCulture, $"L{i}")), ["right"] = new JsonArray(string.Create(CultureInfo.InvariantCulture, $"R{i}")) });
        }

        var document = new JsonObject { ["schema"] = ComparisonJson.SchemaId, ["readouts"] = new JsonArray(Readout("L", "China"), Readout("R", "United States")), ["rows"] = rows, ["tone"] = new JsonObject() };
        var comparison = ComparisonJson.Deserialize(document.ToJsonString());
        comparison.Rows.Should().HaveCount(n);
        comparison.Rows[n - 1].Right.Single().Id.Should().Be("R39999");
        comparison.Left.Claims[n - 1].SentenceIndex.Should().Be(n - 1);
    }
}
