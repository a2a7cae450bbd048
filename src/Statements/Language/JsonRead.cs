using System.Collections.Immutable;
using System.Text.Json;

namespace Statements.Language;

/// <summary>Reads the JSON data files (topics, lexicon) field by field, naming the JSON path of anything missing or of the wrong kind.</summary>
internal static class JsonRead
{
    public static JsonElement Property(JsonElement obj, string name, string path)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            throw new JsonDataException(path, "expected an object.");
        }

        return obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new JsonDataException($"{path}.{name}", "is missing.");
    }

    public static string String(JsonElement obj, string name, string path)
    {
        var value = Property(obj, name, path);
        return value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s
            : throw new JsonDataException($"{path}.{name}", "expected a non-empty string.");
    }

    public static string? OptionalString(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new JsonDataException($"{path}.{name}", "expected a string.");
    }

    public static double Number(JsonElement obj, string name, string path)
    {
        var value = Property(obj, name, path);
        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d)
            ? d
            : throw new JsonDataException($"{path}.{name}", "expected a number.");
    }

    public static JsonElement.ArrayEnumerator Array(JsonElement obj, string name, string path) => ArrayOf(Property(obj, name, path), $"{path}.{name}");

    public static JsonElement.ArrayEnumerator ArrayOf(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw new JsonDataException(path, "expected an array.");

    public static ImmutableArray<string> Strings(JsonElement obj, string name, string path, bool optional = false)
    {
        if (optional && (!obj.TryGetProperty(name, out var present) || present.ValueKind == JsonValueKind.Null))
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<string>();
        var i = 0;
        foreach (var item in Array(obj, name, path))
        {
            result.Add(item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s
                ? s
                : throw new JsonDataException($"{path}.{name}[{i}]", "expected a non-empty string."));
            i++;
        }

        return result.ToImmutable();
    }
}
