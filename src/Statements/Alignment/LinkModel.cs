using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Statements.Language;

namespace Statements.Alignment;

/// <summary>
/// The fitted weights that turn the evidence on a pair of claims into links: a logistic model for a specific link (both
/// claims name the same matter), one for a general link (one claim names the matter only as part of a broader area or of
/// the talks), one for a divergent framing of a specific link, and the thresholds that decide. Fitted on the gold pairs by
/// <c>tools/Statements.LinkFit</c> (leave-one-pair-out scores in <c>docs/ALIGNMENT.md</c>) and shipped as the language
/// file <c>link-model.json</c>. Immutable and thread-safe.
/// </summary>
public sealed class LinkModel
{
    /// <summary>The format id the file starts with.</summary>
    public const string FormatId = "statements.link-model/1";

    /// <summary>The names of the relation features, in the order of <see cref="Divergent"/>.</summary>
    public static IReadOnlyList<string> RelationFeatureNames { get; } =
        ["bias", "negation-differs", "tone-substituted", "stance-one-sided", "cue-gap", "modality-differs", "score"];

    /// <summary>Creates a model.</summary>
    /// <param name="specific">Weights of the link features (<see cref="FeatureNames"/>) for a specific link.</param>
    /// <param name="general">Weights of the link features for a general link.</param>
    /// <param name="divergent">Weights of the relation features (<see cref="RelationFeatureNames"/>) for a divergent framing.</param>
    /// <param name="thresholds">The thresholds that decide.</param>
    /// <param name="semantic">Whether the model also weighs the cosine of the claims' sentence embeddings (a last weight
    /// for <see cref="SemanticFeatureName"/>); such a model needs an <see cref="ISentenceEmbedder"/>.</param>
    /// <exception cref="ArgumentException">A weight list has the wrong length or a value is not finite.</exception>
    public LinkModel(IEnumerable<double> specific, IEnumerable<double> general, IEnumerable<double> divergent, LinkThresholds thresholds, bool semantic = false)
    {
        ArgumentNullException.ThrowIfNull(specific);
        ArgumentNullException.ThrowIfNull(general);
        ArgumentNullException.ThrowIfNull(divergent);
        Semantic = semantic;
        Specific = Checked(specific, Features.Count, nameof(specific));
        General = Checked(general, Features.Count, nameof(general));
        Divergent = Checked(divergent, RelationFeatureNames.Count, nameof(divergent));
        Thresholds = thresholds ?? throw new ArgumentNullException(nameof(thresholds));
    }

    /// <summary>The names of the link features every model weighs, in the order of <see cref="Specific"/> and <see cref="General"/>.</summary>
    public static IReadOnlyList<string> FeatureNames => LinkFeatures.Names;

    /// <summary>The name of the feature a <see cref="Semantic"/> model weighs last: the cosine of the claims' sentence embeddings.</summary>
    public const string SemanticFeatureName = LinkFeatures.SemanticName;

    /// <summary>Whether the model weighs the cosine of the claims' sentence embeddings (<see cref="SemanticFeatureName"/>).</summary>
    public bool Semantic { get; }

    /// <summary>The names of the features this model weighs: <see cref="FeatureNames"/>, then <see cref="SemanticFeatureName"/> for a <see cref="Semantic"/> model.</summary>
    public IReadOnlyList<string> Features => Semantic ? SemanticFeatures : FeatureNames;

    /// <summary>Weights of the link features for a specific link.</summary>
    public ImmutableArray<double> Specific { get; }

    /// <summary>Weights of the link features for a general link.</summary>
    public ImmutableArray<double> General { get; }

    /// <summary>Weights of the relation features for a divergent framing.</summary>
    public ImmutableArray<double> Divergent { get; }

    /// <summary>The thresholds that decide.</summary>
    public LinkThresholds Thresholds { get; }

    /// <summary>The same weights with other thresholds.</summary>
    public LinkModel With(LinkThresholds thresholds) => new(Specific, General, Divergent, thresholds, Semantic);

    private static IReadOnlyList<string> SemanticFeatures { get; } = [.. FeatureNames, SemanticFeatureName];

    /// <summary>Reads a model from JSON (the format of <see cref="ToJson"/>).</summary>
    /// <param name="stream">The file's bytes (UTF-8).</param>
    /// <param name="file">The file's name or path, for messages.</param>
    /// <exception cref="LanguageDataException">The file is not a link model: the message names the file, the JSON path and the problem.</exception>
    public static LinkModel Parse(Stream stream, string file)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        return LanguageFolder.Json(stream, file, Read);
    }

    /// <summary>The model as JSON, indented, numbers in invariant culture.</summary>
    public string ToJson()
    {
        var options = new JsonWriterOptions { Indented = true };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            writer.WriteString("format", FormatId);
            Names(writer, "features", Features);
            Numbers(writer, "specific", Specific);
            Numbers(writer, "general", General);
            Names(writer, "relationFeatures", RelationFeatureNames);
            Numbers(writer, "divergent", Divergent);
            writer.WriteNumber("linkThreshold", Math.Round(Thresholds.Link, 4));
            writer.WriteNumber("weakThreshold", Math.Round(Thresholds.Weak, 4));
            writer.WriteNumber("generalThreshold", Math.Round(Thresholds.General, 4));
            writer.WriteNumber("divergentThreshold", Math.Round(Thresholds.Divergent, 4));
            writer.WriteNumber("relativeCutoff", Math.Round(Thresholds.RelativeCutoff, 4));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The probability of a specific link for one pair's features.</summary>
    internal double SpecificProbability(ReadOnlySpan<double> features) => Logistic(Specific.AsSpan(), features);

    /// <summary>The probability of a general link for one pair's features.</summary>
    internal double GeneralProbability(ReadOnlySpan<double> features) => Logistic(General.AsSpan(), features);

    /// <summary>The probability that a specific link frames its matter differently on the two sides.</summary>
    internal double DivergentProbability(RelationEvidence evidence, double score) => Logistic(Divergent.AsSpan(), RelationFeatures(evidence, score));

    /// <summary>The relation feature vector of a link.</summary>
    internal static double[] RelationFeatures(RelationEvidence evidence, double score) =>
    [
        1,
        evidence.NegationDiffers ? 1 : 0,
        evidence.ToneSubstituted ? 1 : 0,
        evidence.StanceOneSided ? 1 : 0,
        Math.Min(1, evidence.CueGap / 3),
        evidence.ModalityDiffers ? 1 : 0,
        score,
    ];

    private static double Logistic(ReadOnlySpan<double> weights, ReadOnlySpan<double> features)
    {
        var z = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            z += weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    private static LinkModel Read(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new FormatException("Not valid JSON: " + e.Message, e);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    private static LinkModel Read(JsonElement root)
    {
        var format = JsonRead.String(root, "format", "$");
        if (format != FormatId)
        {
            throw new JsonDataException("$.format", $"expected \"{FormatId}\", found \"{format}\".");
        }

        var semantic = JsonRead.Strings(root, "features", "$").LastOrDefault() == SemanticFeatureName;
        SameNames(root, "features", semantic ? SemanticFeatures : FeatureNames);
        SameNames(root, "relationFeatures", RelationFeatureNames);
        var count = semantic ? SemanticFeatures.Count : FeatureNames.Count;
        try
        {
            return new LinkModel(
                Weights(root, "specific", count),
                Weights(root, "general", count),
                Weights(root, "divergent", RelationFeatureNames.Count),
                new LinkThresholds(
                    Threshold(root, "linkThreshold"),
                    Threshold(root, "weakThreshold"),
                    Threshold(root, "generalThreshold"),
                    Threshold(root, "divergentThreshold"),
                    Threshold(root, "relativeCutoff")),
                semantic);
        }
        catch (ArgumentException e)
        {
            throw new JsonDataException("$", e.Message);
        }
    }

    private static void SameNames(JsonElement root, string property, IReadOnlyList<string> expected)
    {
        var names = JsonRead.Strings(root, property, "$").ToList();
        if (!names.SequenceEqual(expected, StringComparer.Ordinal))
        {
            throw new JsonDataException("$." + property, $"expected the features {string.Join(", ", expected)}; found {string.Join(", ", names)} (the model was fitted for another version of the features: refit it with tools/Statements.LinkFit).");
        }
    }

    private static List<double> Weights(JsonElement root, string property, int count)
    {
        var items = new List<double>();
        foreach (var item in JsonRead.Array(root, property, "$"))
        {
            items.Add(item.ValueKind == JsonValueKind.Number && item.TryGetDouble(out var d) && double.IsFinite(d)
                ? d
                : throw new JsonDataException($"$.{property}[{items.Count}]", "expected a number."));
        }

        return items.Count == count ? items : throw new JsonDataException("$." + property, $"expected {count} weights, found {items.Count}.");
    }

    private static double Threshold(JsonElement root, string property)
    {
        var number = JsonRead.Number(root, property, "$");
        return number is >= 0 and <= 1 ? number : throw new JsonDataException("$." + property, $"a probability must lie in 0..1, found {number.ToString(CultureInfo.InvariantCulture)}.");
    }

    private static ImmutableArray<double> Checked(IEnumerable<double> weights, int count, string name)
    {
        var array = weights.ToImmutableArray();
        if (array.Length != count)
        {
            throw new ArgumentException($"Expected {count} weights, found {array.Length}.", name);
        }

        if (array.Any(w => !double.IsFinite(w)))
        {
            throw new ArgumentException("Every weight must be a finite number.", name);
        }

        return array;
    }


    private static void Names(Utf8JsonWriter writer, string property, IReadOnlyList<string> names)
    {
        writer.WriteStartArray(property);
        foreach (var name in names)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
    }

    private static void Numbers(Utf8JsonWriter writer, string property, ImmutableArray<double> numbers)
    {
        writer.WriteStartArray(property);
        foreach (var number in numbers)
        {
            writer.WriteNumberValue(Math.Round(number, 4));
        }

        writer.WriteEndArray();
    }
}

/// <summary>The thresholds of a <see cref="LinkModel"/>, each fitted on the gold pairs.</summary>
public sealed record LinkThresholds
{
    /// <summary>Creates the thresholds.</summary>
    /// <param name="link">The probability at which a pair is linked as specific.</param>
    /// <param name="weak">The probability of its most probable pair at or above which a claim with no link is in the weak band rather than one-sided.</param>
    /// <param name="general">The probability at which a pair with no specific link is linked as general.</param>
    /// <param name="divergent">The probability at which a specific link is divergent rather than shared.</param>
    /// <param name="relativeCutoff">The share of the best specific probability of either of its claims that a link must reach
    /// (0 links every pair above the threshold; 1 only each claim's best).</param>
    /// <exception cref="ArgumentOutOfRangeException">A probability lies outside 0..1.</exception>
    public LinkThresholds(double link, double weak, double general, double divergent, double relativeCutoff = 0)
    {
        Link = link;
        Weak = weak;
        General = general;
        Divergent = divergent;
        RelativeCutoff = relativeCutoff;
    }

    /// <summary>The probability at which a pair is linked as specific.</summary>
    public double Link { get; init => field = Probability(value, nameof(Link)); }

    /// <summary>The probability of its most probable pair at or above which a claim with no link is in the weak band rather than one-sided.</summary>
    public double Weak { get; init => field = Probability(value, nameof(Weak)); }

    /// <summary>The probability at which a pair with no specific link is linked as general.</summary>
    public double General { get; init => field = Probability(value, nameof(General)); }

    /// <summary>The probability at which a specific link is divergent.</summary>
    public double Divergent { get; init => field = Probability(value, nameof(Divergent)); }

    /// <summary>The share of the best specific probability of either of its claims that a specific link must reach.</summary>
    public double RelativeCutoff { get; init => field = Probability(value, nameof(RelativeCutoff)); }

    private static double Probability(double value, string name) =>
        value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(name, value, "A probability must lie in 0..1.");
}
