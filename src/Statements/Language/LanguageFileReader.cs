using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Statements.Language;

/// <summary>
/// Reads the line files of a language folder: UTF-8 text, one entry per line, blank lines and lines starting with
/// '#' skipped. Word lists hold one word or phrase per line; grouped and table files hold columns separated by '|',
/// the last of them a comma-separated list. Every problem is a <see cref="LanguageDataException"/> naming the file
/// and the line.
/// </summary>
internal static class LanguageFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The lines that hold entries, with their 1-based line numbers.</summary>
    public static List<(int Line, string Text)> Lines(Stream stream, string file)
    {
        string text;
        try
        {
            using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException e)
        {
            throw new LanguageDataException(file, null, "is not UTF-8 text.", e);
        }

        var result = new List<(int, string)>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.Contains('\0', StringComparison.Ordinal))
            {
                throw new LanguageDataException(file, Where(number), "holds a NUL character; language files are text.");
            }

            result.Add((number, line));
        }

        return result;
    }

    public static ImmutableArray<string> WordList(Stream stream, string file)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        foreach (var (line, text) in Lines(stream, file))
        {
            if (text.Contains('|', StringComparison.Ordinal))
            {
                throw new LanguageDataException(file, Where(line), $"a word list holds one word or phrase per line, without '|' (found \"{Shorten(text)}\").");
            }

            words.Add(text);
        }

        return words.ToImmutable();
    }

    public static ImmutableArray<WordGroup> Groups(Stream stream, string file, Func<string, string?> checkKey)
    {
        var groups = ImmutableArray.CreateBuilder<WordGroup>();
        foreach (var (line, text) in Lines(stream, file))
        {
            var columns = Columns(text, 2, "key | word, word, ...", file, line);
            var problem = checkKey(columns[0]);
            if (problem is not null)
            {
                throw new LanguageDataException(file, Where(line), problem);
            }

            groups.Add(new WordGroup(columns[0], Items(columns[1], file, line, "words", required: true)));
        }

        return groups.ToImmutable();
    }

    public static ImmutableArray<ReportingCue> ReportingCues(Stream stream, string file)
    {
        var cues = ImmutableArray.CreateBuilder<ReportingCue>();
        foreach (var (line, text) in Lines(stream, file))
        {
            var columns = Columns(text, 4, "lemma | strength | kind | form, form, ...", file, line);
            if (!double.TryParse(columns[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var strength) || !(strength is > 0 and <= 3))
            {
                throw new LanguageDataException(file, Where(line), $"the strength must be a number above 0 and at most 3 (found \"{Shorten(columns[1])}\").");
            }

            cues.Add(new ReportingCue(Required(columns[0], "lemma", file, line), strength, CueKind(columns[2], file, line), Items(columns[3], file, line, "forms", required: true)));
        }

        return cues.ToImmutable();
    }

    public static ImmutableArray<Country> Countries(Stream stream, string file)
    {
        var countries = ImmutableArray.CreateBuilder<Country>();
        foreach (var (line, text) in Lines(stream, file))
        {
            var columns = Columns(text, 3, "side | code, code, ... | form, form, ...", file, line);
            countries.Add(new Country(Required(columns[0], "side", file, line), Items(columns[1], file, line, "codes", required: false), Items(columns[2], file, line, "forms", required: true)));
        }

        return countries.ToImmutable();
    }

    public static ImmutableArray<Person> People(Stream stream, string file)
    {
        var people = ImmutableArray.CreateBuilder<Person>();
        foreach (var (line, text) in Lines(stream, file))
        {
            var columns = Columns(text, 3, "name | side | form, form, ...", file, line);
            people.Add(new Person(Required(columns[0], "name", file, line), Required(columns[1], "side", file, line), Items(columns[2], file, line, "forms", required: true)));
        }

        return people.ToImmutable();
    }

    public static ImmutableArray<KeyValuePair<char, char>> CharacterPairs(Stream stream, string file)
    {
        var pairs = ImmutableArray.CreateBuilder<KeyValuePair<char, char>>();
        foreach (var (line, text) in Lines(stream, file))
        {
            var columns = Columns(text, 2, "traditional | simplified", file, line);
            if (columns[0].Length != 1 || columns[1].Length != 1)
            {
                throw new LanguageDataException(file, Where(line), $"each column holds one character of the basic plane (found \"{Shorten(text)}\").");
            }

            pairs.Add(new(columns[0][0], columns[1][0]));
        }

        return pairs.ToImmutable();
    }

    public static ImmutableArray<GlossaryEntry> Glossary(Stream stream, string file)
    {
        var entries = ImmutableArray.CreateBuilder<GlossaryEntry>();
        foreach (var (line, text) in Lines(stream, file))
        {
            var columns = Columns(text, 4, "key | form, form, ... | english form, english form, ... | source", file, line);
            var key = Required(columns[0], "key", file, line);
            if (!key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                throw new LanguageDataException(file, Where(line), $"a glossary key is lower-case letters, digits and '-' (found \"{Shorten(key)}\").");
            }

            entries.Add(new GlossaryEntry(
                key,
                Items(columns[1], file, line, "forms", required: true),
                [.. Items(columns[2], file, line, "English forms", required: true).Select(f => f.ToLowerInvariant())],
                Required(columns[3], "source", file, line)));
        }

        return entries.ToImmutable();
    }

    public static ReportingCueKind CueKind(string text, string file, int line) => text switch
    {
        "report" => ReportingCueKind.Report,
        "discussion" => ReportingCueKind.Discussion,
        "participle" => ReportingCueKind.Participle,
        "noun" => ReportingCueKind.Noun,
        "act" => ReportingCueKind.Act,
        _ => throw new LanguageDataException(file, Where(line), $"the kind must be report, act, discussion, participle or noun (found \"{Shorten(text)}\")."),
    };

    public static string Where(int line) => "line " + line.ToString(CultureInfo.InvariantCulture);

    private static string[] Columns(string text, int count, string shape, string file, int line)
    {
        var columns = text.Split('|');
        if (columns.Length != count)
        {
            throw new LanguageDataException(file, Where(line), $"expected {count} columns separated by '|' ({shape}), found {columns.Length}.");
        }

        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = columns[i].Trim();
        }

        return columns;
    }

    private static string Required(string value, string what, string file, int line) =>
        value.Length > 0 ? value : throw new LanguageDataException(file, Where(line), $"the {what} is empty.");

    private static ImmutableArray<string> Items(string column, string file, int line, string what, bool required)
    {
        var items = column.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (required && items.Length == 0)
        {
            throw new LanguageDataException(file, Where(line), $"the {what} column is empty.");
        }

        return [.. items];
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
