namespace Statements.Language;

/// <summary>
/// The lists of a language that the claim rules ask about at every token of a sentence, as flags: a word may be in
/// several. <see cref="ReadoutLanguage.ClassOf"/> gives them all with one look-up (see <see cref="TokenClasses"/>).
/// </summary>
[Flags]
internal enum WordClass : byte
{
    /// <summary>In none of the lists.</summary>
    None = 0,

    /// <summary>The first word of a reporting cue's form (<see cref="ReadoutLanguage.Cues"/>).</summary>
    CueStart = 1 << 0,

    /// <summary>The first word of a coordinator (<see cref="ReadoutLanguage.Coordinators"/>).</summary>
    CoordinatorStart = 1 << 1,

    /// <summary>The first word of a modality phrase (<see cref="ReadoutLanguage.Modalities"/>).</summary>
    ModalityStart = 1 << 2,

    /// <summary>A finite verb (<see cref="ReadoutLanguage.FiniteVerbs"/>).</summary>
    FiniteVerb = 1 << 3,

    /// <summary>A negator (<see cref="ReadoutLanguage.Negators"/>).</summary>
    Negator = 1 << 4,

    /// <summary>An engagement verb (<see cref="ReadoutLanguage.EngagementVerbs"/>).</summary>
    EngagementVerb = 1 << 5,

    /// <summary>An engagement noun (<see cref="ReadoutLanguage.EngagementNouns"/>).</summary>
    EngagementNoun = 1 << 6,
}
