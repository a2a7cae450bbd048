using System.Collections.Immutable;

namespace Statements.Language;

/// <summary>What a reporting cue tells about the claim it introduces.</summary>
public enum ReportingCueKind
{
    /// <summary>A verb of saying or stance: said, stressed, warned.</summary>
    Report,

    /// <summary>A report of discussion, which without a named subject is held by both sides: discussed, exchanged views. Like an
    /// <see cref="Act"/>, it reports no words, so the speech does not run on after it.</summary>
    Discussion,

    /// <summary>A participle that continues the previous clause's speaker: ", noting ...", ", stressing ...".</summary>
    Participle,

    /// <summary>A noun that reports discussion after "had" or "held": "a candid exchange of views", "discussions".</summary>
    Noun,

    /// <summary>
    /// A verb of an act or undertaking rather than of words: agreed, pledged, directed, invited, welcomed, thanked. It
    /// introduces a claim as <see cref="Report"/> does, but a sentence after it without a cue of its own is not taken as
    /// its speaker's words (a White House "The President has directed his team to deploy ... . To date, the United States
    /// has deployed ..." is the publisher's second sentence), unless that sentence opens with "he" or "she", or the act's
    /// whole subject is a country ("China supports ..." stands inside its leader's speech).
    /// </summary>
    Act,
}

/// <summary>A reporting cue (a row of <c>reporting-cues.txt</c>): its lemma as shown to users, its strength, its kind and its written forms.</summary>
/// <param name="Lemma">The cue as shown to users ("emphasized").</param>
/// <param name="Strength">How firmly it puts the claim: 1 neutral, 2 emphatic, 3 strongest.</param>
/// <param name="Kind">What it tells about the claim.</param>
/// <param name="Forms">The lower-case forms that count as this cue ("stressed", "made clear").</param>
public sealed record ReportingCue(string Lemma, double Strength, ReportingCueKind Kind, ImmutableArray<string> Forms);

/// <summary>A country (a row of <c>countries.txt</c>): the side's canonical name, its short codes and the forms that name it in text.</summary>
/// <param name="Name">The canonical side name ("United States").</param>
/// <param name="Codes">Short codes that name the side in file names and headers ("us", "cn"); not matched in running text.</param>
/// <param name="Forms">Names, demonyms, capitals and metonyms, lower case; a form written "=US" matches only as written.</param>
public sealed record Country(string Name, ImmutableArray<string> Codes, ImmutableArray<string> Forms);

/// <summary>A keyed group of words (a row of a grouped file such as <c>concepts.txt</c> or <c>publishers.txt</c>).</summary>
/// <param name="Key">The group's key: a concept id, a side, a kind.</param>
/// <param name="Words">The words or phrases of the group, in file order.</param>
public sealed record WordGroup(string Key, ImmutableArray<string> Words);

/// <summary>
/// A person readouts name (a leader or an official), with the side they speak for and the forms that name them in this
/// language (<c>people.txt</c>: <c>name | side | form, form, ...</c>). <see cref="Name"/> is the canonical English name, so a
/// speaker reads the same in every language.
/// </summary>
/// <param name="Name">The canonical name, as English-language readouts write it ("Xi Jinping").</param>
/// <param name="Side">The side the person speaks for, a canonical country name ("China").</param>
/// <param name="Forms">The forms that name the person in this language's text ("习近平", "习主席").</param>
public sealed record Person(string Name, string Side, ImmutableArray<string> Forms);

/// <summary>
/// One official formulation of a bilingual glossary (<c>glossary.txt</c>: <c>key | forms | English forms | source</c>):
/// how the language writes it and how English texts render it. Alignment reads both forms as one concept, so a Chinese
/// claim and an English one that use the same formulation share a term.
/// </summary>
/// <param name="Key">A short lower-case id ("one-china").</param>
/// <param name="Forms">The forms in this language ("一个中国原则").</param>
/// <param name="English">The English renderings, lower case ("one-china principle").</param>
/// <param name="Source">Where the standard rendering is documented.</param>
public sealed record GlossaryEntry(string Key, ImmutableArray<string> Forms, ImmutableArray<string> English, string Source)
{
    /// <summary>The concept id alignment reads the entry as: "~" and the key.</summary>
    public string Concept => "~" + Key;
}
