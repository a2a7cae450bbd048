using System.Collections.Immutable;

namespace Statements;

/// <summary>A person a readout names as taking part in the engagement.</summary>
/// <param name="Name">The fullest plain form of the name found, e.g. "Xi Jinping", "Joseph Biden".</param>
/// <param name="Country">The side the person speaks for, where the readout tells (e.g. "China").</param>
/// <param name="Titles">Titles the readout gives the person, lower case (e.g. "president"), each once.</param>
/// <param name="Mentions">Every form by which the readout names the person, each once, longest first.</param>
public sealed record Participant(string Name, string? Country, ImmutableArray<string> Titles, ImmutableArray<string> Mentions);

/// <summary>Speaker values that are not a participant's name.</summary>
public static class Speakers
{
    /// <summary>A position the readout gives to both sides together ("The two leaders welcomed ...").</summary>
    public const string Both = "both";

    /// <summary>The publisher's own framing, held by no participant.</summary>
    public const string Narrator = "narrator";
}
