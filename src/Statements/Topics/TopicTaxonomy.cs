using System.Collections.Immutable;
using System.Text.Json;
using Statements.Language;

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

    /// <summary>Creates a taxonomy from topics.</summary>
    public TopicTaxonomy(IEnumerable<Topic> topics, string version = "custom")
    {
        ArgumentNullException.ThrowIfNull(topics);
        Topics = [.. topics];
        Version = version;
    }

    /// <summary>The built-in taxonomy: the topics of <see cref="ReadoutLanguage.English"/>.</summary>
    public static TopicTaxonomy Default => ReadoutLanguage.English.Topics;

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
            var topics = new List<Topic>();
            var i = 0;
            foreach (var t in JsonRead.Array(root, "topics", "$"))
            {
                var path = $"$.topics[{i++}]";
                var id = JsonRead.String(t, "id", path);
                var contextual = new List<ContextualAlias>();
                if (t.TryGetProperty("contextual", out var c) && c.ValueKind != JsonValueKind.Null)
                {
                    var k = 0;
                    foreach (var x in JsonRead.ArrayOf(c, path + ".contextual"))
                    {
                        var at = $"{path}.contextual[{k++}]";
                        contextual.Add(new ContextualAlias(JsonRead.String(x, "alias", at), JsonRead.Strings(x, "requiresNearby", at)));
                    }
                }

                topics.Add(new Topic(
                    id,
                    JsonRead.OptionalString(t, "label", path) ?? id,
                    JsonRead.OptionalString(t, "description", path) ?? "",
                    JsonRead.Strings(t, "aliases", path, optional: true),
                    [.. contextual]));
            }

            return new TopicTaxonomy(topics, root.TryGetProperty("version", out var v) ? v.GetString() ?? "0" : "0");
        }
        catch (JsonDataException)
        {
            throw;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"Not a valid topic taxonomy: {e.Message}", e);
        }
    }
}
