using System.Text.Json;
using System.Text.Json.Serialization;

namespace Statements.Serialization;

// The JSON contract statements.comparison/2 (and /1, which lacks links, weak rows and evidence) as plain documents: the shape of the file, property for property,
// in the order they are written. ContractMapper turns a Comparison into these and back; the source-generated
// ContractJsonContext reads and writes them without reflection. Properties the contract does not require
// (paragraph, sentence, titles, headers, scope...) are extras that let a comparison come back whole.

internal sealed class ComparisonDocument
{
    public string Schema { get; set; } = "";
    public EngagementDocument? Engagement { get; set; }
    public ReadoutDocument[] Readouts { get; set; } = [];
    public RowDocument[] Rows { get; set; } = [];
    public LinkDocument[]? Links { get; set; }
    public CoverageDocument[]? Coverage { get; set; }
    public ToneDocument? Tone { get; set; }
}

internal sealed class ReadoutAnalysisDocument
{
    public string Schema { get; set; } = "";
    public ReadoutDocument? Readout { get; set; }
}

internal sealed class EngagementDocument
{
    public string? Date { get; set; }
    public string Format { get; set; } = "unknown";
    public string[] Participants { get; set; } = [];
    public string? RequestedBy { get; set; }
    public FactDocument[] Facts { get; set; } = [];
}

internal sealed class FactDocument
{
    public string Name { get; set; } = "";
    public Dictionary<string, string?> Values { get; set; } = [];
    public bool Conflict { get; set; }
    public bool Comparable { get; set; } = true;
}

internal sealed class ReadoutDocument
{
    public string Id { get; set; } = "";
    public string Side { get; set; } = "";
    public string? Publisher { get; set; }
    public string? Title { get; set; }
    public string? Date { get; set; }
    public string? Source { get; set; }
    public string? Language { get; set; }
    public string? Encoding { get; set; }
    public string? Name { get; set; }
    public SortedDictionary<string, string>? Headers { get; set; }
    public SpanDocument[]? Scope { get; set; }
    public string? Text { get; set; }
    public ParticipantDocument[] Participants { get; set; } = [];
    public SentenceDocument[] Sentences { get; set; } = [];
    public ClaimDocument[] Claims { get; set; } = [];
    public string[] Topics { get; set; } = [];
    public ToneHitDocument[] ToneHits { get; set; } = [];
    public double? ToneScore { get; set; }
    public Dictionary<string, TallyDocument>? ToneProfile { get; set; }
    public string? Headline { get; set; }
}

internal sealed class SpanDocument
{
    public int Start { get; set; }
    public int Length { get; set; }
}

internal sealed class ParticipantDocument
{
    public string Name { get; set; } = "";
    public string? Country { get; set; }
    public string[] Titles { get; set; } = [];
    public string[] Mentions { get; set; } = [];
}

internal sealed class SentenceDocument
{
    public SpanDocument? Span { get; set; }
    public string Kind { get; set; } = "";
    public string[] Claims { get; set; } = [];
    public int Paragraph { get; set; }
}

internal sealed class ClaimDocument
{
    public string Id { get; set; } = "";
    public string Speaker { get; set; } = "";
    public string? Cue { get; set; }
    public double? CueStrength { get; set; }
    public string Text { get; set; } = "";
    public SpanDocument? Span { get; set; }
    public string[] Topics { get; set; } = [];
    public bool Negated { get; set; }
    public string Modality { get; set; } = "assertion";
    public bool Quoted { get; set; }
    public string? ReportingSide { get; set; }
    public bool Continuity { get; set; }
    public bool SpeakerInferred { get; set; }
    public int? Sentence { get; set; }
}

internal sealed class ToneHitDocument
{
    public string Key { get; set; } = "";
    public string Text { get; set; } = "";
    public SpanDocument? Span { get; set; }
    public string Category { get; set; } = "";
    public double Valence { get; set; }
    public bool Negated { get; set; }
    public string? Claim { get; set; }
}

internal sealed class TallyDocument
{
    public int Count { get; set; }
    public double Valence { get; set; }
}

internal sealed class RowDocument
{
    public string Kind { get; set; } = "";
    public string[] Left { get; set; } = [];
    public string[] Right { get; set; } = [];
    public string[] Topics { get; set; } = [];
    public double? Score { get; set; }
    public string[] Reasons { get; set; } = [];
    public bool AttributedToOtherSide { get; set; }
    public string[] LeftTone { get; set; } = [];
    public string[] RightTone { get; set; } = [];
    public DiffDocument[] Diff { get; set; } = [];
    public string[]? Evidence { get; set; }
    public NearestDocument? Nearest { get; set; }
    public string[]? GeneralCounterparts { get; set; }
    public string[]? NeverNamedByOther { get; set; }
}

internal sealed class LinkDocument
{
    public string Left { get; set; } = "";
    public string Right { get; set; } = "";
    public string Relation { get; set; } = "";
    public double Score { get; set; }
    public string[] Reasons { get; set; } = [];
    public string[] Evidence { get; set; } = [];
}

internal sealed class NearestDocument
{
    public string Claim { get; set; } = "";
    public double Score { get; set; }
}

internal sealed class DiffDocument
{
    public string Op { get; set; } = "";
    public string Text { get; set; } = "";
}

internal sealed class CoverageDocument
{
    public string Topic { get; set; } = "";
    public string[] Left { get; set; } = [];
    public string[] Right { get; set; } = [];
}

internal sealed class ToneDocument
{
    public string[] Shared { get; set; } = [];
    public string[] LeftOnly { get; set; } = [];
    public string[] RightOnly { get; set; } = [];
    public string? LeftHeadline { get; set; }
    public string? RightHeadline { get; set; }
}

/// <summary>Source-generated (de)serialisation of the contract documents: no reflection, safe under trimming and AOT.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ComparisonDocument))]
[JsonSerializable(typeof(ReadoutAnalysisDocument))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;
