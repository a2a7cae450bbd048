using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Statements.Serialization;

/// <summary>
/// Writes a <see cref="Comparison"/> as JSON following the contract <c>statements.comparison/1</c>
/// (shared/schema/comparison.schema.json). Written with <see cref="Utf8JsonWriter"/>: no reflection, so it
/// is safe under trimming and AOT. Stateless and thread-safe.
/// </summary>
public static class ComparisonJson
{
    /// <summary>The contract's schema id.</summary>
    public const string SchemaId = "statements.comparison/1";

    /// <summary>The comparison as indented JSON text.</summary>
    public static string Serialize(Comparison comparison, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        using var stream = new MemoryStream();
        Write(comparison, stream, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the comparison as UTF-8 JSON to <paramref name="stream"/>.</summary>
    public static void Write(Comparison comparison, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("schema", SchemaId);
        WriteEngagement(w, comparison);
        w.WriteStartArray("readouts");
        WriteReadout(w, comparison.Left);
        WriteReadout(w, comparison.Right);
        w.WriteEndArray();
        w.WriteStartArray("rows");
        foreach (var row in comparison.Rows)
        {
            WriteRow(w, row);
        }

        w.WriteEndArray();
        w.WriteStartArray("coverage");
        foreach (var cell in comparison.Coverage)
        {
            w.WriteStartObject();
            w.WriteString("topic", cell.Topic);
            WriteStrings(w, "left", cell.Left.Select(c => c.Id));
            WriteStrings(w, "right", cell.Right.Select(c => c.Id));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("tone");
        WriteStrings(w, "shared", comparison.Tone.Shared);
        WriteStrings(w, "leftOnly", comparison.Tone.LeftOnly);
        WriteStrings(w, "rightOnly", comparison.Tone.RightOnly);
        w.WriteString("leftHeadline", comparison.Tone.LeftHeadline?.Text);
        w.WriteString("rightHeadline", comparison.Tone.RightHeadline?.Text);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>
    /// One readout's analysis as JSON: the contract's readout object (id, side, text, sentences, claims, topics,
    /// tone hits, tone score) under <c>"schema": "statements.readout/1"</c>.
    /// </summary>
    public static string Serialize(ReadoutAnalysis analysis, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("schema", ReadoutSchemaId);
            w.WritePropertyName("readout");
            WriteReadout(w, analysis);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The schema id of <see cref="Serialize(ReadoutAnalysis, bool)"/>: one readout object of the comparison contract.</summary>
    public const string ReadoutSchemaId = "statements.readout/1";

    /// <summary>The JSON name of a row kind: shared, divergent, left-only, right-only.</summary>
    public static string KindName(RowKind kind) => kind switch
    {
        RowKind.Shared => "shared",
        RowKind.Divergent => "divergent",
        RowKind.LeftOnly => "left-only",
        _ => "right-only",
    };

    /// <summary>The JSON name of a sentence kind.</summary>
    public static string KindName(SentenceKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The JSON name of an engagement format: call, video-call, meeting, unknown.</summary>
    public static string FormatName(EngagementFormat format) => format switch
    {
        EngagementFormat.Call => "call",
        EngagementFormat.VideoCall => "video-call",
        EngagementFormat.Meeting => "meeting",
        _ => "unknown",
    };

    private static void WriteEngagement(Utf8JsonWriter w, Comparison comparison)
    {
        var e = comparison.Engagement;
        w.WriteStartObject("engagement");
        w.WriteString("date", e.Date);
        w.WriteString("format", FormatName(e.Format));
        WriteStrings(w, "participants", e.Participants);
        w.WriteString("requestedBy", e.RequestedBy);
        w.WriteStartArray("facts");
        foreach (var fact in e.Facts)
        {
            w.WriteStartObject();
            w.WriteString("name", fact.Name);
            w.WriteStartObject("values");
            w.WriteString(comparison.Left.Readout.Side == comparison.Right.Readout.Side ? "left" : comparison.Left.Readout.Side, fact.Left);
            w.WriteString(comparison.Left.Readout.Side == comparison.Right.Readout.Side ? "right" : comparison.Right.Readout.Side, fact.Right);
            w.WriteEndObject();
            w.WriteBoolean("conflict", fact.Conflict);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteReadout(Utf8JsonWriter w, ReadoutAnalysis analysis)
    {
        var readout = analysis.Readout;
        w.WriteStartObject();
        w.WriteString("id", analysis.Id);
        w.WriteString("side", readout.Side);
        w.WriteString("publisher", readout.Publisher);
        w.WriteString("title", readout.Title);
        w.WriteString("date", readout.Date);
        w.WriteString("source", readout.Source);
        w.WriteString("language", readout.Language);
        w.WriteString("text", readout.Text);
        w.WriteStartArray("participants");
        foreach (var p in analysis.Participants)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteString("country", p.Country);
            WriteStrings(w, "mentions", p.Mentions);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("sentences");
        foreach (var s in analysis.Sentences)
        {
            w.WriteStartObject();
            WriteSpan(w, s.Span);
            w.WriteString("kind", KindName(s.Kind));
            WriteStrings(w, "claims", s.ClaimIds);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("claims");
        foreach (var c in analysis.Claims)
        {
            WriteClaim(w, c);
        }

        w.WriteEndArray();
        WriteStrings(w, "topics", analysis.Topics);
        w.WriteStartArray("toneHits");
        foreach (var h in analysis.ToneHits)
        {
            w.WriteStartObject();
            w.WriteString("key", h.Key);
            w.WriteString("text", h.Text);
            WriteSpan(w, h.Span);
            w.WriteString("category", h.Category.ToId());
            w.WriteNumber("valence", h.Valence);
            w.WriteBoolean("negated", h.Negated);
            w.WriteString("claim", h.ClaimId);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (analysis.ToneScore is { } score)
        {
            w.WriteNumber("toneScore", score);
        }
        else
        {
            w.WriteNull("toneScore");
        }

        w.WriteStartObject("toneProfile");
        foreach (var category in Tone.ToneProfile.Categories)
        {
            var tally = analysis.Profile[category];
            w.WriteStartObject(category.ToId());
            w.WriteNumber("count", tally.Count);
            w.WriteNumber("valence", tally.Valence);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteString("headline", analysis.Headline?.Text);

        w.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter w, Claim c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("speaker", c.Speaker);
        w.WriteString("cue", c.Cue);
        if (c.CueStrength is { } strength)
        {
            w.WriteNumber("cueStrength", strength);
        }
        else
        {
            w.WriteNull("cueStrength");
        }

        w.WriteString("text", c.Text);
        WriteSpan(w, c.Span);
        WriteStrings(w, "topics", c.Topics);
        w.WriteBoolean("negated", c.Negated);
        w.WriteString("modality", c.Modality.ToString().ToLowerInvariant());
        w.WriteBoolean("quoted", c.Quoted);
        w.WriteString("reportingSide", c.ReportingSide);
        w.WriteBoolean("continuity", c.Continuity);
        w.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter w, ComparisonRow row)
    {
        w.WriteStartObject();
        w.WriteString("kind", KindName(row.Kind));
        WriteStrings(w, "left", row.Left.Select(c => c.Id));
        WriteStrings(w, "right", row.Right.Select(c => c.Id));
        WriteStrings(w, "topics", row.Topics);
        if (row.Score is { } score)
        {
            w.WriteNumber("score", score);
        }
        else
        {
            w.WriteNull("score");
        }

        WriteStrings(w, "reasons", row.Reasons);
        w.WriteBoolean("attributedToOtherSide", row.AttributedToOtherSide);
        WriteStrings(w, "leftTone", row.LeftTone);
        WriteStrings(w, "rightTone", row.RightTone);
        w.WriteStartArray("diff");
        foreach (var run in row.Diff)
        {
            w.WriteStartObject();
            w.WriteString("op", run.Op.ToString().ToLowerInvariant());
            w.WriteString("text", run.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, Span span)
    {
        w.WriteStartObject("span");
        w.WriteNumber("start", span.Start);
        w.WriteNumber("length", span.Length);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
