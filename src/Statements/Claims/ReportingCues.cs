using Statements.Text;

namespace Statements.Claims;

/// <summary>What a reporting cue tells about the claim it introduces.</summary>
internal enum CueKind
{
    /// <summary>A verb of saying or stance: said, stressed, warned, welcomed.</summary>
    Report,

    /// <summary>A report of discussion, which without a named subject is held by both sides: discussed, exchanged views.</summary>
    Discussion,

    /// <summary>A participle that continues the previous clause's speaker: ", noting ...", ", stressing ...".</summary>
    Participle,

    /// <summary>A noun that reports discussion after "had" or "held": "a candid exchange of views", "discussions".</summary>
    Noun,
}

/// <summary>A reporting cue: its lemma as shown to users, its strength, and its kind.</summary>
internal sealed record ReportingCue(string Lemma, double Strength, CueKind Kind);

/// <summary>
/// The reporting verbs and phrases of readout language, with their strength: neutral (said, noted, pointed
/// out) 1, stressed and emphasized 2, underscored, underlined and insisted 3; reaffirmed and reiterated 1
/// (they mark continuity, not force); concern, objection and warning cues 2.
/// </summary>
internal static class ReportingCues
{
    private static readonly (string Lemma, double Strength, CueKind Kind, string[] Forms)[] Table =
    [
        ("said", 1, CueKind.Report, ["said", "says", "say", "stated", "states", "added", "adds", "remarked", "mentioned", "observed", "told", "explained", "indicated"]),
        ("noted", 1, CueKind.Report, ["noted", "notes", "note", "point out", "pointed out", "points out", "took note", "recalled", "recalls", "acknowledged", "acknowledges", "recognized", "recognised"]),
        ("expressed", 1, CueKind.Report, ["expressed", "expresses", "conveyed", "voiced", "shared", "described", "outlined", "detailed", "expounded", "elaborated", "set out", "laid out", "presented", "briefed", "updated", "informed", "reviewed"]),
        ("affirmed", 1, CueKind.Report, ["affirmed", "affirms", "confirmed", "confirms", "assured", "reassured", "believes", "believed", "hoped", "hopes", "wished", "looked forward", "look forward", "looks forward"]),
        ("reaffirmed", 1, CueKind.Report, ["reaffirmed", "reaffirms", "reaffirm", "reiterated", "reiterates", "reiterate", "restated", "renewed"]),
        ("focused on", 1, CueKind.Report, ["focused on", "focussed on", "centered on", "concentrated on", "turned to"]),
        ("emphasized", 2, CueKind.Report, ["emphasized", "emphasised", "emphasizes", "emphasises", "emphasize", "emphasise", "stress", "stressed", "stresses", "highlighted", "highlights", "made clear", "made it clear", "pressed", "urged", "urges", "called for", "called on", "calls for", "called upon", "asked", "requested", "demanded"]),
        ("underscored", 3, CueKind.Report, ["underscored", "underscores", "underscore", "underline", "underlined", "underlines", "insisted", "insists", "reasserted"]),
        ("raised concerns", 2, CueKind.Report, ["raised concerns", "raised concern", "raised continued concerns", "raised serious concerns", "raised his concerns", "raised her concerns", "raised", "raises", "voiced concern", "voiced concerns", "raised objections"]),
        ("warned", 2, CueKind.Report, ["warned", "warns", "cautioned", "condemned", "condemns", "denounced", "rejected", "rejects", "opposed", "opposes", "objected"]),
        ("welcomed", 1, CueKind.Report, ["welcomed", "welcomes", "praised", "praises", "commended", "commends", "applauded", "appreciated", "appreciates", "thanked", "thanks", "congratulated", "congratulates", "lauded"]),
        ("agreed", 1, CueKind.Report, ["agreed", "agree", "agrees", "concurred", "consented", "committed", "commits", "pledged", "pledges", "vowed", "promised", "decided", "resolved", "tasked", "instructed", "directed", "invited", "invites", "accepted", "offered", "proposed", "proposes", "suggested", "suggests", "encouraged", "encourages", "supported", "supports", "backed"]),
        ("discussed", 1, CueKind.Discussion, ["discussed", "discuss", "discusses", "to discuss", "exchanged views", "exchanged opinions", "exchanged", "talked about", "spoke about", "consulted", "considered", "addressed", "touched on", "touched upon", "went over", "covered", "coordinated"]),
        ("noting", 1, CueKind.Participle, ["noting", "saying", "stating", "adding", "pointing out", "recalling", "expressing", "describing", "outlining", "welcoming", "agreeing", "discussing", "calling for", "urging"]),
        ("emphasizing", 2, CueKind.Participle, ["emphasizing", "emphasising", "stressing", "highlighting", "underscoring", "underlining", "reaffirming", "reiterating", "making clear", "warning", "insisting"]),
        ("exchange of views", 1, CueKind.Noun, ["exchange of views", "exchanges of views", "exchange of opinions", "exchange on", "discussion", "discussions", "conversation on", "talks on", "dialogue on", "consultations on"]),
    ];

    private static readonly HashSet<string> Forms = Table.SelectMany(row => row.Forms).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FormLookup = Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// <paramref name="written"/> in lower case (invariant culture): the table's own string for a form written with
    /// single spaces, so the common cues cost no new string, else a new one.
    /// </summary>
    public static string LowerForm(ReadOnlySpan<char> written)
    {
        if (written.Length > 64)
        {
            return written.ToString().ToLowerInvariant();
        }

        Span<char> buffer = stackalloc char[written.Length];
        written.ToLowerInvariant(buffer);
        return FormLookup.TryGetValue(buffer, out var form) ? form : buffer.ToString();
    }

    public static PhraseMatcher<ReportingCue> Matcher { get; } = PhraseMatcher<ReportingCue>.Build(
        Table.SelectMany(row => row.Forms.Select(f => (f, new ReportingCue(row.Lemma, row.Strength, row.Kind), false))));
}
