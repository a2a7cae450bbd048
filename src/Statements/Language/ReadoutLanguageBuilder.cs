using System.Collections.Immutable;
using Statements.Text;
using Statements.Tone;
using Statements.Topics;

namespace Statements.Language;

/// <summary>
/// Builds a <see cref="ReadoutLanguage"/>: start from one (<see cref="ReadoutLanguage.ToBuilder"/>), add cues, countries,
/// words, topics or a whole folder of data files, then <see cref="Build"/>. Not thread-safe; the language it builds is.
/// </summary>
/// <example>
/// <code>
/// var language = ReadoutLanguage.English.ToBuilder()
///     .AddReportingCue("paid tribute to", "welcomed", 1)
///     .AddCountry("Holy See", "vatican", "holy see")
///     .Build();
/// var comparer = ReadoutComparer.CreateBuilder().UseLanguage(language).Build();
/// </code>
/// </example>
public sealed class ReadoutLanguageBuilder
{
    private readonly List<ReportingCue> cues = [];
    private readonly List<Country> countries = [];
    private readonly Dictionary<string, List<string>> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<WordGroup>> groups = new(StringComparer.Ordinal);
    private string tag;
    private ITextNormalizer normalizer = TextNormalizer.Instance;
    private TopicTaxonomy topics = new([], "empty");
    private ToneLexicon lexicon = ToneLexicon.Empty;
    private Alignment.LinkModel? linkModel;
    private readonly List<Person> people = [];
    private readonly List<GlossaryEntry> glossary = [];
    private Text.IWordSegmenter? segmenter;

    internal ReadoutLanguageBuilder(string tag) => this.tag = CheckTag(tag);

    internal ReadoutLanguageBuilder(ReadoutLanguage origin)
    {
        tag = origin.Tag;
        normalizer = origin.Normalizer;
        topics = origin.Topics;
        lexicon = origin.Lexicon;
        linkModel = origin.LinkModel;
        people.AddRange(origin.People);
        glossary.AddRange(origin.Glossary);
        segmenter = origin.CustomSegmenter;
        cues.AddRange(origin.ReportingCues);
        countries.AddRange(origin.Countries);
        foreach (var list in LanguageLists.WordLists)
        {
            words[list] = [.. origin.Words(list)];
        }

        foreach (var list in LanguageLists.GroupLists)
        {
            groups[list] = [.. origin.Groups(list)];
        }
    }

    /// <summary>Sets the BCP 47 tag ("en", "en-GB", "zh-Hans").</summary>
    /// <exception cref="ArgumentException">The tag is empty or holds characters other than letters, digits and '-'.</exception>
    public ReadoutLanguageBuilder WithTag(string value)
    {
        tag = CheckTag(value);
        return this;
    }

    /// <summary>Uses another normaliser; every stage that reads the language uses it.</summary>
    public ReadoutLanguageBuilder UseNormalizer(ITextNormalizer value)
    {
        normalizer = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Uses another topic taxonomy (tagging and alignment both read it).</summary>
    public ReadoutLanguageBuilder UseTopics(TopicTaxonomy value)
    {
        topics = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Adds a topic, or replaces the topic with its id.</summary>
    public ReadoutLanguageBuilder AddTopic(Topic topic)
    {
        topics = topics.With(topic ?? throw new ArgumentNullException(nameof(topic)));
        return this;
    }

    /// <summary>Uses another fitted alignment model (see <c>tools/Statements.LinkFit</c>).</summary>
    public ReadoutLanguageBuilder UseLinkModel(Alignment.LinkModel value)
    {
        linkModel = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Uses another tone lexicon.</summary>
    public ReadoutLanguageBuilder UseLexicon(ToneLexicon value)
    {
        lexicon = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Adds a reporting cue: a written form ("paid tribute to") that counts as <paramref name="lemma"/>.</summary>
    /// <param name="form">The form as written in readouts (matched case-blind, word by word).</param>
    /// <param name="lemma">The cue as shown to users; forms that share a lemma share its strength and kind.</param>
    /// <param name="strength">1 neutral, 2 emphatic, 3 strongest.</param>
    /// <param name="kind">What the cue tells about its claim.</param>
    /// <exception cref="ArgumentOutOfRangeException">The strength is not above 0 and at most 3.</exception>
    public ReadoutLanguageBuilder AddReportingCue(string form, string lemma, double strength, ReportingCueKind kind = ReportingCueKind.Report)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(form);
        ArgumentException.ThrowIfNullOrWhiteSpace(lemma);
        if (!(strength is > 0 and <= 3))
        {
            throw new ArgumentOutOfRangeException(nameof(strength), strength, "A cue's strength is above 0 and at most 3.");
        }

        // Earlier forms win in the matcher, so a new form goes first: it overrides an existing form's meaning.
        cues.Insert(0, new ReportingCue(lemma, strength, kind, [form.Trim().ToLowerInvariant()]));
        return this;
    }

    /// <summary>Adds a country with the forms that name it in text, or adds forms to the country of that name.</summary>
    /// <param name="name">The canonical side name ("Holy See").</param>
    /// <param name="forms">Names, demonyms, capitals (matched case-blind; write "=XY" to match only as written).</param>
    public ReadoutLanguageBuilder AddCountry(string name, params string[] forms)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(forms);
        if (forms.Length == 0 || forms.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A country needs at least one form, none of them empty.", nameof(forms));
        }

        return AddCountry(new Country(name.Trim(), [], [.. forms.Select(f => f.Trim())]));
    }

    /// <summary>Adds words or phrases to a word list (see <see cref="LanguageLists.WordLists"/>).</summary>
    /// <exception cref="ArgumentException">The list is not a word list, or a word is empty.</exception>
    public ReadoutLanguageBuilder AddWords(string list, params string[] entries)
    {
        var target = WordList(list);
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(entry, nameof(entries));
            if (!target.Contains(entry.Trim()))
            {
                target.Add(entry.Trim());
            }
        }

        return this;
    }

    /// <summary>Removes words or phrases from a word list.</summary>
    /// <exception cref="ArgumentException">The list is not a word list.</exception>
    public ReadoutLanguageBuilder RemoveWords(string list, params string[] entries)
    {
        var target = WordList(list);
        ArgumentNullException.ThrowIfNull(entries);
        target.RemoveAll(w => entries.Contains(w, StringComparer.Ordinal));
        return this;
    }

    /// <summary>Adds a group to a grouped list (see <see cref="LanguageLists.GroupLists"/>): a concept and its phrases, a publisher cue and its side.</summary>
    /// <exception cref="ArgumentException">The list is not a grouped list, the key is not valid for it, or no word is given.</exception>
    public ReadoutLanguageBuilder AddGroup(string list, string key, params string[] entries)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(entries);
        if (!LanguageLists.GroupLists.Contains(list))
        {
            throw new ArgumentException($"'{list}' is not a grouped list; the grouped lists are {string.Join(", ", LanguageLists.GroupLists)}.", nameof(list));
        }

        var problem = CheckGroupKey(list, key.Trim());
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(key));
        }

        if (entries.Length == 0 || entries.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A group needs at least one word, none of them empty.", nameof(entries));
        }

        GroupList(list).Add(new WordGroup(key.Trim(), [.. entries.Select(e => e.Trim())]));
        return this;
    }

    /// <summary>
    /// Adds what a folder of language files holds (any of <see cref="LanguageLists.Files"/>; README files are
    /// ignored): words join their lists, cues and groups are added (a file's cue form overrides the same form
    /// here), countries join by name, topics are added or replace the topic with their id, lexicon entries are
    /// added or replace the entry with their key and category.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="LanguageDataException">A file has an unknown name or is malformed.</exception>
    public ReadoutLanguageBuilder AddFrom(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Language folder not found: {Path.GetFullPath(folder)}");
        }

        LanguageFolder.CheckNames(folder);
        return AddFrom(name => LanguageFolder.Open(folder, name), requireAll: false, name => Path.Combine(folder, name));
    }

    /// <summary>Builds the immutable language.</summary>
    public ReadoutLanguage Build() => new(
        tag,
        normalizer,
        topics,
        lexicon,
        [.. cues],
        [.. countries],
        words.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal),
        groups.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal),
        linkModel ?? ReadoutLanguage.English.LinkModel,
        [.. people],
        [.. glossary],
        segmenter);

    /// <summary>
    /// Uses <paramref name="value"/> to cut text written without spaces into words (Chinese); null for the built-in
    /// one (<see cref="Text.JiebaWordSegmenter"/> with the language's own words kept whole).
    /// </summary>
    public ReadoutLanguageBuilder UseSegmenter(Text.IWordSegmenter? value) { segmenter = value; return this; }

    /// <summary>Adds a known person: canonical name, side and the forms that name them in this language's text.</summary>
    /// <exception cref="ArgumentException">The name or side is empty, or no form is given.</exception>
    public ReadoutLanguageBuilder AddPerson(string name, string side, params string[] forms)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(side);
        ArgumentNullException.ThrowIfNull(forms);
        if (forms.Length == 0 || forms.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A person needs at least one form, none of them empty.", nameof(forms));
        }

        people.Add(new Person(name, side, [.. forms]));
        return this;
    }

    internal ReadoutLanguageBuilder AddFrom(Func<string, Stream?> open, bool requireAll, Func<string, string>? describe = null)
    {
        foreach (var name in LanguageLists.OptionalFiles)
        {
            using var stream = open(name);
            if (stream is null)
            {
                continue;
            }

            var file = describe?.Invoke(name) ?? name;
            switch (Path.GetFileNameWithoutExtension(name))
            {
                case LanguageLists.LinkModel:
                    linkModel = Alignment.LinkModel.Parse(stream, file);
                    break;
                case LanguageLists.People:
                    people.AddRange(LanguageFileReader.People(stream, file));
                    break;
                case LanguageLists.Glossary:
                    glossary.AddRange(LanguageFileReader.Glossary(stream, file));
                    break;
                case LanguageLists.EngagementFormats or LanguageLists.AreaNouns or LanguageLists.TitleForms:
                    var list = Path.GetFileNameWithoutExtension(name);
                    GroupList(list).AddRange(LanguageFileReader.Groups(stream, file, key => CheckGroupKey(list, key)));
                    break;
                case LanguageLists.Traditional:
                    normalizer = new ChineseNormalizer(TextNormalizer.Instance, LanguageFileReader.CharacterPairs(stream, file));
                    break;
                default:
                    var target = WordList(Path.GetFileNameWithoutExtension(name));
                    foreach (var word in LanguageFileReader.WordList(stream, file))
                    {
                        if (!target.Contains(word))
                        {
                            target.Add(word);
                        }
                    }

                    break;
            }
        }

        foreach (var name in LanguageLists.Files)
        {
            var file = describe?.Invoke(name) ?? name;
            using var stream = open(name);
            if (stream is null)
            {
                if (requireAll)
                {
                    throw new LanguageDataException(file, null, $"is missing; a complete language holds {string.Join(", ", LanguageLists.Files)}.");
                }

                continue;
            }

            var list = Path.GetFileNameWithoutExtension(name);
            switch (list)
            {
                case LanguageLists.Topics:
                    var parsed = LanguageFolder.Json(stream, file, TopicTaxonomy.Parse);
                    topics = requireAll ? parsed : parsed.Topics.Aggregate(topics, (t, topic) => t.With(topic));
                    break;
                case LanguageLists.Lexicon:
                    var read = LanguageFolder.Json(stream, file, ToneLexicon.Parse);
                    lexicon = requireAll ? read : lexicon.MergedWith(read);
                    break;
                case LanguageLists.ReportingCues:
                    cues.InsertRange(0, LanguageFileReader.ReportingCues(stream, file));
                    break;
                case LanguageLists.Countries:
                    foreach (var country in LanguageFileReader.Countries(stream, file))
                    {
                        AddCountry(country);
                    }

                    break;
                default:
                    if (LanguageLists.GroupLists.Contains(list))
                    {
                        GroupList(list).AddRange(LanguageFileReader.Groups(stream, file, key => CheckGroupKey(list, key)));
                    }
                    else
                    {
                        var target = WordList(list);
                        foreach (var word in LanguageFileReader.WordList(stream, file))
                        {
                            if (!target.Contains(word))
                            {
                                target.Add(word);
                            }
                        }
                    }

                    break;
            }
        }

        return this;
    }

    private ReadoutLanguageBuilder AddCountry(Country country)
    {
        var index = countries.FindIndex(c => c.Name == country.Name);
        if (index < 0)
        {
            countries.Add(country);
        }
        else
        {
            var old = countries[index];
            countries[index] = old with { Codes = [.. old.Codes.Union(country.Codes)], Forms = [.. old.Forms.Union(country.Forms)] };
        }

        return this;
    }

    private List<string> WordList(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (!LanguageLists.WordLists.Contains(list))
        {
            throw new ArgumentException($"'{list}' is not a word list; the word lists are {string.Join(", ", LanguageLists.WordLists)}.", nameof(list));
        }

        return words.TryGetValue(list, out var found) ? found : words[list] = [];
    }

    private List<WordGroup> GroupList(string list) => groups.TryGetValue(list, out var found) ? found : groups[list] = [];

    private static string? CheckGroupKey(string list, string key) => list switch
    {
        LanguageLists.Concepts when !key.StartsWith('~') || key.Length < 2 => $"a concept id starts with '~' (found \"{key}\").",
        LanguageLists.Abbreviations when key is not ("title" or "month" or "may-end") => $"the kind of an abbreviation is title, month or may-end (found \"{key}\").",
        LanguageLists.Modality when key is not ("condition" or "obligation" or "intention" or "hope") => $"a modality is condition, obligation, intention or hope (found \"{key}\").",
        LanguageLists.FirstPerson when key is not ("singular" or "plural" or "joint") => $"a first-person kind is singular, plural or joint (found \"{key}\").",
        LanguageLists.EngagementFormats when key is not ("video-call" or "call" or "meeting" or "requested") => $"an engagement format is video-call, call, meeting or requested (found \"{key}\").",
        LanguageLists.AreaNouns when key is not ("noun" or "stop") => $"an area-nouns key is noun or stop (found \"{key}\").",
        _ when key.Length == 0 => "the key is empty.",
        _ => null,
    };

    private static string CheckTag(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0 || value.Length > 35 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"'{value}' is not a BCP 47 language tag (letters, digits and '-', such as \"en\" or \"zh-Hans\").", nameof(value));
        }

        return value;
    }
}
