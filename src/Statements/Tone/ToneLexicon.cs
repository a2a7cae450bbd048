using System.Collections.Immutable;
using System.Text.Json;
using Statements.Language;

namespace Statements.Tone;

/// <summary>One entry of the tone lexicon: a key shared by its synonyms and every surface form that counts as it.</summary>
/// <param name="Key">The normalised name, shared by synonyms ("candid" for candid and frank).</param>
/// <param name="Category">Tone category, or a modifier category.</param>
/// <param name="Intensity">
/// Signed intensity -3..+3 for tone. For hedges, boosters and degree words, the factor <see cref="ToneTagger"/> multiplies
/// a nearby tone hit by (0.6 for "may", 0.7 for "somewhat", 1.3 for "very"); negation always applies
/// <see cref="ToneTagger.NegationFactor"/>; for reporting verbs and modals, the strength or offset described in <see cref="Note"/>.
/// </param>
/// <param name="Forms">Lower-case surface forms: words and phrases, inflections and spellings listed out.</param>
/// <param name="Chinese">The Chinese term where there is one.</param>
/// <param name="Note">What the word signals, in plain words.</param>
/// <param name="Sources">Ids of the sources the entry rests on (see <see cref="ToneLexicon.Sources"/>).</param>
public sealed record ToneEntry(string Key, ToneCategory Category, double Intensity, ImmutableArray<string> Forms, string? Chinese, string? Note, ImmutableArray<string> Sources);

/// <summary>
/// The diplomatic tone lexicon: versioned data, not code. <see cref="Default"/> is the built-in lexicon
/// (an embedded JSON resource); <see cref="Parse"/> and <see cref="Load"/> read another; <see cref="ToBuilder"/>
/// extends one. Immutable and thread-safe.
/// </summary>
public sealed class ToneLexicon
{
    internal ToneLexicon(string name, string version, ImmutableArray<ToneEntry> entries, ImmutableArray<string> notTone, ImmutableDictionary<string, string> sources)
    {
        Name = name;
        Version = version;
        Entries = entries;
        NotTone = notTone;
        Sources = sources;
    }

    /// <summary>The built-in lexicon: the lexicon of <see cref="ReadoutLanguage.English"/>.</summary>
    public static ToneLexicon Default => ReadoutLanguage.English.Lexicon;

    /// <summary>A lexicon with no entries.</summary>
    internal static ToneLexicon Empty { get; } = new("empty", "0", [], [], ImmutableDictionary<string, string>.Empty);

    /// <summary>The lexicon's name.</summary>
    public string Name { get; }

    /// <summary>The lexicon's version.</summary>
    public string Version { get; }

    /// <summary>Every entry.</summary>
    public ImmutableArray<ToneEntry> Entries { get; }

    /// <summary>Set phrases that contain a tone word but carry no tone ("issues of mutual concern"); they are never hits.</summary>
    public ImmutableArray<string> NotTone { get; }

    /// <summary>The sources entries cite, by id.</summary>
    public ImmutableDictionary<string, string> Sources { get; }

    /// <summary>Reads a lexicon from a JSON file in the format of the built-in one.</summary>
    /// <exception cref="FormatException">The file is not a valid lexicon.</exception>
    public static ToneLexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path));
    }

    /// <summary>Parses a lexicon from JSON: <c>{ name, version, sources: [{id, title}], entries: [{key, category, intensity, forms, chinese?, note?, sources?}], notTone: [{phrase}] }</c>.</summary>
    /// <exception cref="FormatException">The JSON is not a valid lexicon.</exception>
    public static ToneLexicon Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var entries = ImmutableArray.CreateBuilder<ToneEntry>();
            var i = 0;
            foreach (var e in JsonRead.Array(root, "entries", "$"))
            {
                var path = $"$.entries[{i++}]";
                var category = JsonRead.String(e, "category", path);
                ToneCategory parsed;
                try
                {
                    parsed = ToneCategories.Parse(category);
                }
                catch (FormatException)
                {
                    throw new JsonDataException(path + ".category", $"\"{category}\" is not a tone category.");
                }

                var forms = JsonRead.Strings(e, "forms", path);
                if (forms.Select(ToneTagger.GapProblem).FirstOrDefault(p => p is not null) is { } problem)
                {
                    throw new JsonDataException(path + ".forms", problem);
                }

                entries.Add(new ToneEntry(
                    JsonRead.String(e, "key", path),
                    parsed,
                    JsonRead.Number(e, "intensity", path),
                    forms,
                    JsonRead.OptionalString(e, "chinese", path),
                    JsonRead.OptionalString(e, "note", path),
                    JsonRead.Strings(e, "sources", path, optional: true)));
            }

            var notTone = root.TryGetProperty("notTone", out var nt)
                ? nt.EnumerateArray().Select(p => p.ValueKind == JsonValueKind.String ? p.GetString()! : p.GetProperty("phrase").GetString()!).ToImmutableArray()
                : [];
            var sources = root.TryGetProperty("sources", out var ss)
                ? ss.EnumerateArray().ToImmutableDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("title").GetString() ?? "")
                : ImmutableDictionary<string, string>.Empty;
            return new ToneLexicon(
                root.TryGetProperty("name", out var n) ? n.GetString() ?? "lexicon" : "lexicon",
                root.TryGetProperty("version", out var v) ? v.GetString() ?? "0" : "0",
                entries.ToImmutable(),
                notTone,
                sources);
        }
        catch (JsonDataException)
        {
            throw;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"Not a valid tone lexicon: {e.Message}", e);
        }
    }

    /// <summary>A builder that starts from this lexicon's entries, to extend or override them.</summary>
    public ToneLexiconBuilder ToBuilder() => new(this);

    /// <summary>This lexicon with <paramref name="other"/>'s entries added (replacing those with the same key and category) and its non-tone phrases added.</summary>
    internal ToneLexicon MergedWith(ToneLexicon other)
    {
        var builder = ToBuilder();
        foreach (var entry in other.Entries)
        {
            builder.Add(entry);
        }

        foreach (var phrase in other.NotTone.Except(NotTone))
        {
            builder.AddNotTone(phrase);
        }

        return builder.Build();
    }
}

/// <summary>
/// Builds a <see cref="ToneLexicon"/> from another: add entries, replace an entry by key, add non-tone phrases.
/// Not thread-safe; the lexicon it builds is.
/// </summary>
public sealed class ToneLexiconBuilder
{
    private readonly List<ToneEntry> entries;
    private readonly List<string> notTone;
    private readonly ToneLexicon origin;

    internal ToneLexiconBuilder(ToneLexicon origin)
    {
        this.origin = origin;
        entries = [.. origin.Entries];
        notTone = [.. origin.NotTone];
    }

    /// <summary>Adds an entry; an entry with the same key and category is replaced.</summary>
    /// <exception cref="ArgumentException">A form has a gap (<see cref="ToneTagger.GapMarker"/>) without words on both
    /// sides, or more than one.</exception>
    public ToneLexiconBuilder Add(ToneEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Forms.Select(ToneTagger.GapProblem).FirstOrDefault(p => p is not null) is { } problem)
        {
            throw new ArgumentException(problem, nameof(entry));
        }
        entries.RemoveAll(e => e.Key == entry.Key && e.Category == entry.Category);
        entries.Add(entry);
        return this;
    }

    /// <summary>Adds a tone entry from its parts.</summary>
    public ToneLexiconBuilder Add(string key, ToneCategory category, double intensity, params string[] forms) =>
        Add(new ToneEntry(key, category, intensity, [.. forms], null, null, []));

    /// <summary>Removes every entry with the given key.</summary>
    public ToneLexiconBuilder Remove(string key)
    {
        entries.RemoveAll(e => e.Key == key);
        return this;
    }

    /// <summary>Adds a set phrase that carries no tone although it contains a tone word.</summary>
    public ToneLexiconBuilder AddNotTone(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        notTone.Add(phrase);
        return this;
    }

    /// <summary>Builds the immutable lexicon.</summary>
    public ToneLexicon Build() => new(origin.Name, origin.Version + "+custom", [.. entries], [.. notTone], origin.Sources);
}
