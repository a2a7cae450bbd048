using System.Text.Encodings.Web;
using System.Text.Json;

namespace Statements.Serialization;

/// <summary>
/// Reads and writes a <see cref="Comparison"/> as JSON following the contract <c>statements.comparison/2</c>
/// (schema/comparison.schema.json), through System.Text.Json source generation: no reflection, so it is
/// safe under trimming and AOT. What is written reads back to an equal comparison: every claim, span, tone hit
/// and row, with the readouts' full text. Stateless and thread-safe.
/// </summary>
public static partial class ComparisonJson
{
    /// <summary>The contract's schema id: version 2 adds the <c>links</c> array, <c>weak</c> rows with their nearest
    /// counterpart, rows' general counterparts and evidence (schema/comparison.schema.json).</summary>
    public const string SchemaId = "statements.comparison/2";

    /// <summary>The schema id of version 1, which <see cref="Deserialize"/> still reads (a comparison without links).</summary>
    public const string SchemaIdVersion1 = "statements.comparison/1";

    /// <summary>The schema id of <see cref="Serialize(ReadoutAnalysis, bool)"/>: one readout object of the comparison contract.</summary>
    public const string ReadoutSchemaId = "statements.readout/1";

    private static readonly ContractJsonContext Indented = Context(indented: true);
    private static readonly ContractJsonContext Compact = Context(indented: false);

    /// <summary>The comparison as JSON text, indented unless <paramref name="indented"/> is false.</summary>
    public static string Serialize(Comparison comparison, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return JsonSerializer.Serialize(ContractMapper.ToDocument(comparison), (indented ? Indented : Compact).ComparisonDocument);
    }

    /// <summary>Writes the comparison as UTF-8 JSON to <paramref name="stream"/>.</summary>
    public static void Write(Comparison comparison, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, ContractMapper.ToDocument(comparison), (indented ? Indented : Compact).ComparisonDocument);
    }

    /// <summary>
    /// One readout's analysis as JSON: the contract's readout object (id, side, text, sentences, claims, topics,
    /// tone hits, tone score) under <c>"schema": "statements.readout/1"</c>.
    /// </summary>
    public static string Serialize(ReadoutAnalysis analysis, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var document = new ReadoutAnalysisDocument { Schema = ReadoutSchemaId, Readout = ContractMapper.ToDocument(analysis) };
        return JsonSerializer.Serialize(document, (indented ? Indented : Compact).ReadoutAnalysisDocument);
    }

    /// <summary>Reads a comparison written by <see cref="Serialize(Comparison, bool)"/> (or by anyone following the contract).</summary>
    /// <exception cref="FormatException">
    /// The text is not JSON, not a <c>statements.comparison/2</c> document, or breaks it: a required string, array or
    /// object is null or missing, an array holds null, a number is out of range (a negative offset or count, a score
    /// outside 0..1, a valence or cue strength out of bounds, a sentence index outside the readout), a claim id
    /// repeats, a row, sentence or tone hit names a claim its readout lacks, a span falls outside its text, a kind or
    /// category is unknown. The message gives every problem with its JSON path (<c>readouts[0].claims[3].text</c>).
    /// </exception>
    public static Comparison Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return FromDocument(Parse(() => JsonSerializer.Deserialize(json, Compact.ComparisonDocument)));
    }

    /// <summary>Reads a comparison from UTF-8 JSON in <paramref name="stream"/>.</summary>
    /// <exception cref="FormatException">As for <see cref="Deserialize(string)"/>.</exception>
    public static Comparison Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return FromDocument(Parse(() => JsonSerializer.Deserialize(stream, Compact.ComparisonDocument)));
    }

    /// <summary>Reads one readout's analysis written by <see cref="Serialize(ReadoutAnalysis, bool)"/>.</summary>
    /// <exception cref="FormatException">As for <see cref="Deserialize(string)"/>.</exception>
    public static ReadoutAnalysis DeserializeAnalysis(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var document = Parse(() => JsonSerializer.Deserialize(json, Compact.ReadoutAnalysisDocument));
        if (document.Schema != ReadoutSchemaId || document.Readout is null)
        {
            throw new FormatException($"Not a readout analysis: expected \"schema\": \"{ReadoutSchemaId}\" and a \"readout\".");
        }

        ContractValidator.Check(document.Readout, "readout");
        return Mapped(() => ContractMapper.FromDocument(document.Readout, "readout"));
    }

    /// <summary>The JSON name of a row kind: shared, divergent, left-only, right-only.</summary>
    public static string KindName(RowKind kind) => kind switch
    {
        RowKind.Shared => "shared",
        RowKind.Divergent => "divergent",
        RowKind.LeftOnly => "left-only",
        RowKind.Weak => "weak",
        _ => "right-only",
    };

    /// <summary>The JSON name of a link relation: shared, divergent, general.</summary>
    public static string RelationName(LinkRelation relation) => relation.ToString().ToLowerInvariant();

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

    private static Comparison FromDocument(ComparisonDocument document)
    {
        if (document.Schema is not (SchemaId or SchemaIdVersion1))
        {
            throw new FormatException($"Not a comparison: \"schema\" is \"{document.Schema}\", expected \"{SchemaId}\" (or \"{SchemaIdVersion1}\").");
        }

        ContractValidator.Check(document);
        return Mapped(() => ContractMapper.FromDocument(document));
    }

    /// <summary>
    /// Maps a checked document. The checks cover what the mapping relies on; should a document still break a
    /// constructor's promise, the reader reports it as the documented <see cref="FormatException"/>, not as the
    /// constructor's exception.
    /// </summary>
    private static T Mapped<T>(Func<T> map)
    {
        try
        {
            return map();
        }
        catch (Exception e) when (e is ArgumentException or NullReferenceException or InvalidOperationException or IndexOutOfRangeException or OverflowException)
        {
            throw new FormatException("The document breaks statements.comparison/1: " + e.Message, e);
        }
    }

    private static T Parse<T>(Func<T?> read)
        where T : class
    {
        try
        {
            return read() ?? throw new FormatException("The JSON is null, not a document.");
        }
        catch (JsonException e)
        {
            throw new FormatException("Not a readable document: " + e.Message, e);
        }
    }

    private static ContractJsonContext Context(bool indented) => new(Options(indented));

    /// <summary>The serializer options of every contract of this class (comparison and N-way).</summary>
    private static JsonSerializerOptions Options(bool indented) => new()
    {
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}
