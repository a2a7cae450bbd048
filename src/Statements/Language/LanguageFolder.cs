namespace Statements.Language;

/// <summary>Reads a language folder on disk: its files by name, refusing names that are not language files.</summary>
internal static class LanguageFolder
{
    /// <summary>Throws for a file in the folder that is not a language file (a misspelt name would otherwise be ignored silently).</summary>
    public static void CheckNames(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || LanguageLists.Files.Contains(name) || LanguageLists.OptionalFiles.Contains(name))
            {
                continue;
            }

            throw new LanguageDataException(path, null, $"is not a language file; the files are {string.Join(", ", LanguageLists.Files.Concat(LanguageLists.OptionalFiles))} (and README files).");
        }
    }

    public static Stream? Open(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    /// <summary>Parses a JSON data file, turning its format errors into a <see cref="LanguageDataException"/> naming the file and the JSON path.</summary>
    public static T Json<T>(Stream stream, string file, Func<string, T> parse)
    {
        string text;
        try
        {
            using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new LanguageDataException(file, null, "is not UTF-8 text.", e);
        }

        try
        {
            return parse(text);
        }
        catch (FormatException e)
        {
            var path = e is JsonDataException json ? json.Path : (e.InnerException as System.Text.Json.JsonException)?.Path;
            throw new LanguageDataException(file, path, e.Message, e);
        }
    }
}

/// <summary>A JSON data file is not in its format at <see cref="Path"/>.</summary>
internal sealed class JsonDataException(string path, string problem) : FormatException($"{path}: {problem}")
{
    public string Path { get; } = path;
}
