using System.Collections.Immutable;

namespace Statements.Alignment;

/// <summary>What a linker finds between two readouts: the links, and for claims without a link whose nearest
/// counterpart comes close, that counterpart.</summary>
/// <param name="Links">Every link, many-to-many, in left-then-right claim order.</param>
/// <param name="Weak">By claim id (either side): the nearest counterpart of a claim with no specific link that comes too
/// close to call the claim one-sided.</param>
public sealed record LinkSet(ImmutableArray<ClaimLink> Links, ImmutableDictionary<string, NearestCounterpart> Weak)
{
    /// <summary>By claim id (either side): for a claim with no specific link whose matter the other readout never names, the
    /// specific topics of the claim that no claim of the other readout names. Such a claim is a confident omission, never
    /// in the weak band. Empty where the linker does not tell.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Unnamed { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>No links.</summary>
    public static LinkSet Empty { get; } = new([], ImmutableDictionary<string, NearestCounterpart>.Empty);
}

/// <summary>Stage 7 of the pipeline: links the claims of the two readouts that address the same matter.</summary>
public interface IClaimLinker
{
    /// <summary>Links the claims of <paramref name="left"/> to those of <paramref name="right"/>.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    LinkSet Link(ReadoutAnalysis left, ReadoutAnalysis right, CancellationToken cancellationToken = default);
}
