using System.Collections.Immutable;
using System.Text.Json;

namespace Statements.Topics;

/// <summary>An alias that counts only when one of <paramref name="RequiresNearby"/> occurs in the same readout.</summary>
/// <param name="Alias">The alias ("east sea").</param>
/// <param name="RequiresNearby">Words or phrases of which one must occur in the readout.</param>
public sealed record ContextualAlias(string Alias, ImmutableArray<string> RequiresNearby);

/// <summary>A topic of the taxonomy.</summary>
/// <param name="Id">Stable id, e.g. "taiwan", "south-china-sea".</param>
/// <param name="Label">Display name.</param>
/// <param name="Description">What it covers.</param>
/// <param name="Aliases">Words and phrases that tag a claim with the topic (whole words, case-insensitive, hyphen = space; an all-capitals alias of 2-5 letters matches only in capitals).</param>
/// <param name="Contextual">Aliases that count only in context.</param>
public sealed record Topic(string Id, string Label, string Description, ImmutableArray<string> Aliases, ImmutableArray<ContextualAlias> Contextual);

/// <summary>
/// The topic taxonomy: data, not code. <see cref="Default"/> is the built-in taxonomy (an embedded JSON
/// resource); <see cref="Parse"/> reads another and <see cref="With"/> adds or replaces a topic.
/// Immutable and thread-safe.
/// </summary>
public sealed class TopicTaxonomy
{
    /// <summary>The id of the topic for claims that fit no other.</summary>
    public const string Other = "other";

    private static readonly Lazy<TopicTaxonomy> BuiltIn = new(() =>
    {
        using var stream = typeof(TopicTaxonomy).Assembly.GetManifestResourceStream("Statements.Topics.topics.json")
            ?? throw new InvalidOperationException("Embedded resource Statements.Topics.topics.json is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    /// <summary>Creates a taxonomy from topics.</summary>
    public TopicTaxonomy(IEnumerable<Topic> topics, string version = "custom")
    {
        ArgumentNullException.ThrowIfNull(topics);
        Topics = [.. topics];
        Version = version;
    }

    /// <summary>The built-in taxonomy.</summary>
    public static TopicTaxonomy Default => BuiltIn.Value;

    /// <summary>Every topic, in taxonomy order.</summary>
    public ImmutableArray<Topic> Topics { get; }

    /// <summary>The taxonomy's version.</summary>
    public string Version { get; }

    /// <summary>A taxonomy with <paramref name="topic"/> added, or replacing the topic with its id.</summary>
    public TopicTaxonomy With(Topic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var index = Topics.IndexOf(Topics.FirstOrDefault(t => t.Id == topic.Id)!);
        var topics = index >= 0 ? Topics.SetItem(index, topic) : Topics.Insert(Math.Max(0, Topics.Length - (Topics.Any(t => t.Id == Other) ? 1 : 0)), topic);
        return new TopicTaxonomy(topics, Version + "+custom");
    }

    /// <summary>Parses a taxonomy from JSON: <c>{ version, topics: [{ id, label, description, aliases: [...], contextual: [{ alias, requiresNearby }] }] }</c>.</summary>
    /// <exception cref="FormatException">The JSON is not a valid taxonomy.</exception>
    public static TopicTaxonomy Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var topics = root.GetProperty("topics").EnumerateArray().Select(t => new Topic(
                t.GetProperty("id").GetString()!,
                t.TryGetProperty("label", out var l) ? l.GetString() ?? "" : t.GetProperty("id").GetString()!,
                t.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "",
                t.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToImmutableArray() : [],
                t.TryGetProperty("contextual", out var c)
                    ? c.EnumerateArray().Select(x => new ContextualAlias(
                        x.GetProperty("alias").GetString()!,
                        x.GetProperty("requiresNearby").EnumerateArray().Select(y => y.GetString()!).ToImmutableArray())).ToImmutableArray()
                    : [])).ToList();
            return new TopicTaxonomy(topics, root.TryGetProperty("version", out var v) ? v.GetString() ?? "0" : "0");
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"Not a valid topic taxonomy: {e.Message}", e);
        }
    }
}
