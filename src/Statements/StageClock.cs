using System.Diagnostics;

namespace Statements;

/// <summary>
/// Time spent in each stage of <see cref="ReadoutAnalyzer"/>, added up over calls: the benchmarks' stage table.
/// Not thread-safe: one clock per thread.
/// </summary>
internal sealed class StageClock
{
    public const int Sentences = 0;
    public const int Classify = 1;
    public const int Tokenize = 2;
    public const int Participants = 3;
    public const int Claims = 4;
    public const int Topics = 5;
    public const int Tone = 6;
    public const int Profile = 7;
    public const int Records = 8;

    /// <summary>The stages' names, by index.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "sentences", "classify sentences", "tokenize (shared)", "participants", "claims (+ speakers)", "topics",
        "tone", "tone profile + headline", "records (claims, sentences, analysis)",
    ];

    private readonly double[] seconds = new double[9];
    private readonly long[] bytes = new long[9];
    private long last = Stopwatch.GetTimestamp();
    private long lastBytes = GC.GetAllocatedBytesForCurrentThread();

    /// <summary>Seconds spent in stage <paramref name="stage"/> so far.</summary>
    public double this[int stage] => seconds[stage];

    /// <summary>Bytes allocated on this thread in stage <paramref name="stage"/> so far.</summary>
    public long AllocatedBytes(int stage) => bytes[stage];

    /// <summary>Starts timing from now (before a call).</summary>
    public void Restart()
    {
        lastBytes = GC.GetAllocatedBytesForCurrentThread();
        last = Stopwatch.GetTimestamp();
    }

    /// <summary>Adds the time and allocation since the last lap to <paramref name="stage"/>.</summary>
    public void Lap(int stage)
    {
        var now = Stopwatch.GetTimestamp();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        seconds[stage] += Stopwatch.GetElapsedTime(last, now).TotalSeconds;
        bytes[stage] += allocated - lastBytes;
        lastBytes = allocated;
        last = Stopwatch.GetTimestamp();
    }
}
