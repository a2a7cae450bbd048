using System.Text.Json;
using System.Text.Json.Serialization;

namespace Statements.Serialization;

// The JSON contract statements.multi-comparison/1 (schema/multi-comparison.schema.json): an N-way comparison. Its readout
// and link objects are those of statements.comparison/2; matters name claims by id and links by their index in "links".

internal sealed class MultiComparisonDocument
{
    public string Schema { get; set; } = "";
    public string? Pivot { get; set; }
    public ReadoutDocument[] Readouts { get; set; } = [];
    public MatterDocument[] Matters { get; set; } = [];
    public LinkDocument[] Links { get; set; } = [];
    public ToneSpreadDocument? Tone { get; set; }
    public MultiFactDocument[]? Facts { get; set; }
}

internal sealed class MultiFactDocument
{
    public string Name { get; set; } = "";
    public Dictionary<string, string?> Values { get; set; } = [];
    public bool Conflict { get; set; }
    public bool Comparable { get; set; } = true;
}

internal sealed class MatterDocument
{
    public string Relation { get; set; } = "";
    public string[] Carriers { get; set; } = [];
    public CellDocument[] Cells { get; set; } = [];
    public string[] Topics { get; set; } = [];
    public double? Score { get; set; }
    public string[] Reasons { get; set; } = [];
    public string[] Evidence { get; set; } = [];
    public int[] Links { get; set; } = [];
    public int[] GeneralLinks { get; set; } = [];
    public NearestDocument? Nearest { get; set; }
}

internal sealed class CellDocument
{
    public string Readout { get; set; } = "";
    public string[] Claims { get; set; } = [];
    public string[] Tone { get; set; } = [];
}

internal sealed class ToneSpreadDocument
{
    public string[] Common { get; set; } = [];
    public ReadoutToneDocument[] Readouts { get; set; } = [];
}

internal sealed class ReadoutToneDocument
{
    public string Readout { get; set; } = "";
    public string[] Keys { get; set; } = [];
    public string[] Particular { get; set; } = [];
    public string? Headline { get; set; }
}

/// <summary>Source-generated (de)serialisation of the N-way contract documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(MultiComparisonDocument))]
internal sealed partial class MultiContractJsonContext : JsonSerializerContext;
