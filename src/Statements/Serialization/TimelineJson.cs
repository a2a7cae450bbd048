using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Statements.Timeline;
using Statements.Tone;

namespace Statements.Serialization;

/// <summary>
/// Writes a <see cref="ReadoutTimeline"/> as JSON, the <c>statements.timeline/1</c> contract
/// (<c>schema/timeline.schema.json</c>): every readout with its date (and where the date came from), counterparts,
/// participants, format, topics, tone keys and profile and claim count; per counterpart its readout ids in order, the
/// quarters, its formulations (uses with spans, absences), the changes against the previous readout (spans into the
/// readout for what is new, into the previous readout for what is missing) and the topic and tone series; the files not
/// read. Spans are UTF-16 offsets into the named readout's text, each with the text it covers. Written with
/// <see cref="Utf8JsonWriter"/> (no reflection); thread-safe.
/// </summary>
public static class TimelineJson
{
    /// <summary>The contract's name and version, the value of <c>schema</c>.</summary>
    public const string Schema = "statements.timeline/1";

    /// <summary>The timeline as an indented JSON document.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static string Serialize(ReadoutTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteStartArray("readouts");
            foreach (var r in timeline.Readouts)
            {
                Readout(w, r);
            }

            w.WriteEndArray();
            w.WriteStartArray("counterparts");
            foreach (var c in timeline.Counterparts)
            {
                Counterpart(w, c);
            }

            w.WriteEndArray();
            w.WriteStartArray("problems");
            foreach (var p in timeline.Problems)
            {
                w.WriteStartObject();
                w.WriteString("path", Clean(p.Path));
                w.WriteString("reason", Clean(p.Reason));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Ids(w, "undated", timeline.Undated.Select(r => r.Id));
            Ids(w, "unassigned", timeline.Unassigned.Select(r => r.Id));
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Readout(Utf8JsonWriter w, TimelineReadout r)
    {
        var readout = r.Analysis.Readout;
        w.WriteStartObject();
        w.WriteString("id", Clean(r.Id));
        if (r.Date is { } date)
        {
            w.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull("date");
        }

        w.WriteString("dateSource", r.DateSource switch { TimelineDateSource.Header => "header", TimelineDateSource.Text => "text", _ => "undated" });
        w.WriteString("side", Clean(readout.Side));
        Optional(w, "title", readout.Title);
        Optional(w, "publisher", readout.Publisher);
        Optional(w, "source", readout.Source);
        Ids(w, "counterparts", r.Counterparts);
        Ids(w, "participants", r.Participants);
        Optional(w, "format", r.Format);
        Ids(w, "topics", r.Topics);
        Ids(w, "toneKeys", r.ToneKeys);
        w.WriteStartObject("toneProfile");
        foreach (var category in ToneProfile.Categories)
        {
            var tally = r.Profile[category];
            w.WriteStartObject(category.ToString().ToLowerInvariant());
            w.WriteNumber("count", tally.Count);
            w.WriteNumber("mean", tally.Mean);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        if (r.Profile.Score is { } score)
        {
            w.WriteNumber("toneScore", Math.Round(score, 3));
        }
        else
        {
            w.WriteNull("toneScore");
        }

        w.WriteNumber("claimCount", r.ClaimCount);
        w.WriteNumber("textLength", readout.Text.Length);
        w.WriteEndObject();
    }

    private static void Counterpart(Utf8JsonWriter w, CounterpartTimeline c)
    {
        var texts = c.Readouts.ToDictionary(r => r.Id, r => r.Analysis.Readout.Text, StringComparer.Ordinal);
        w.WriteStartObject();
        w.WriteString("counterpart", Clean(c.Counterpart));
        w.WriteString("side", Clean(c.Side));
        Ids(w, "readouts", c.Readouts.Select(r => r.Id));
        Ids(w, "quarters", c.Quarters);
        w.WriteStartArray("formulations");
        foreach (var f in c.Formulations)
        {
            w.WriteStartObject();
            w.WriteString("key", Clean(f.Key));
            w.WriteString("text", Clean(f.Text));
            w.WriteString("kind", f.Kind == FormulationKind.SetPhrase ? "set-phrase" : "phrase");
            w.WriteNumber("count", f.Count);
            w.WriteString("first", Clean(f.First));
            w.WriteString("last", Clean(f.Last));
            w.WriteStartArray("uses");
            foreach (var u in f.Uses)
            {
                w.WriteStartObject();
                w.WriteString("readout", Clean(u.ReadoutId));
                w.WriteNumber("count", u.Count);
                w.WritePropertyName("span");
                Span(w, u.ReadoutId, u.Span, texts[u.ReadoutId]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Ids(w, "expectedButAbsent", f.ExpectedButAbsent);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("changes");
        foreach (var change in c.Changes)
        {
            w.WriteStartObject();
            w.WriteString("readout", Clean(change.ReadoutId));
            if (change.PreviousId is { } previous)
            {
                w.WriteString("previous", Clean(previous));
            }
            else
            {
                w.WriteNull("previous");
            }

            w.WriteStartArray("items");
            foreach (var item in change.Changes)
            {
                var where = item.Added ? change.ReadoutId : change.PreviousId!;
                w.WriteStartObject();
                w.WriteString("kind", item.Kind switch { ChangeKind.Topic => "topic", ChangeKind.Formulation => "formulation", _ => "tone-key" });
                w.WriteString("key", Clean(item.Key));
                w.WriteString("label", Clean(item.Label));
                w.WriteBoolean("added", item.Added);
                w.WriteStartArray("spans");
                foreach (var span in item.Spans)
                {
                    Span(w, where, span, texts[where]);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Series(w, "topicSeries", c.Topics);
        Series(w, "toneSeries", c.Tone);
        w.WriteEndObject();
    }

    private static void Series(Utf8JsonWriter w, string name, IEnumerable<TimelineSeries> series)
    {
        w.WriteStartArray(name);
        foreach (var s in series)
        {
            w.WriteStartObject();
            w.WriteString("key", Clean(s.Key));
            w.WriteStartArray("perReadout");
            foreach (var n in s.PerReadout)
            {
                w.WriteNumberValue(n);
            }

            w.WriteEndArray();
            w.WriteStartArray("perQuarter");
            foreach (var n in s.PerQuarter)
            {
                w.WriteNumberValue(n);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Span(Utf8JsonWriter w, string readout, Span span, string text)
    {
        w.WriteStartObject();
        w.WriteString("readout", Clean(readout));
        w.WriteNumber("start", span.Start);
        w.WriteNumber("length", span.Length);
        w.WriteString("text", Clean(span.Of(text)));
        w.WriteEndObject();
    }

    /// <summary>The text with lone surrogates made U+FFFD, which JSON (UTF-8) cannot carry; other text as it is.</summary>
    private static string Clean(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                chars ??= text.ToCharArray();
                chars[i] = '\uFFFD';
            }
        }

        return chars is null ? text : new string(chars);
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, Clean(value));
        }
    }

    private static void Ids(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(Clean(v));
        }

        w.WriteEndArray();
    }
}
