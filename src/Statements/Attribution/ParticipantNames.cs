using System.Collections.Immutable;
using Statements.Language;

namespace Statements.Attribution;

/// <summary>
/// Names each person alike in every readout of one comparison. Where one readout gives a shorter form of a name that
/// another readout gives in full ("King Abdullah" in Amman, "King Abdullah II of Jordan" in Washington; "President Biden"
/// against "Joseph R. Biden"), the participant and the claims it holds take the fuller name. A name is fuller when it holds
/// every word of the shorter one and more, and the two speak for the same side (or one for no known side); where two
/// fuller names of another person compete ("Li" against "Li Qiang" and "Li Keqiang"), the name stays as it is. A name whose
/// words stand in the fuller one only after a particle ("Salman" in "Mohammed bin Salman": his father's name) is another
/// person's, and no two participants of one readout end up with one name ("King Salman" and "Crown Prince Mohammed"
/// against "Crown Prince Mohammed bin Salman").
/// </summary>
internal static class ParticipantNames
{
    /// <summary>The analyses with every participant named by its fullest form across all of them; an analysis with nothing
    /// to rename is returned as it is.</summary>
    public static ImmutableArray<ReadoutAnalysis> Harmonise(IReadOnlyList<ReadoutAnalysis> analyses, ReadoutLanguage language)
    {
        // Each name's words once, and by word the participants whose names hold it, so a name meets only the names that
        // share a word with it (a readout may name hundreds of people).
        var words = new HashSet<string>[analyses.Count][];
        var byWord = new Dictionary<string, List<(int Analysis, int Participant)>>(StringComparer.Ordinal);
        for (var j = 0; j < analyses.Count; j++)
        {
            var participants = analyses[j].Participants;
            words[j] = new HashSet<string>[participants.Length];
            for (var p = 0; p < participants.Length; p++)
            {
                words[j][p] = WordsOf(participants[p].Name);
                foreach (var word in words[j][p])
                {
                    if (!byWord.TryGetValue(word, out var holders))
                    {
                        byWord[word] = holders = [];
                    }

                    holders.Add((j, p));
                }
            }
        }

        var result = ImmutableArray.CreateBuilder<ReadoutAnalysis>(analyses.Count);
        for (var i = 0; i < analyses.Count; i++)
        {
            var participants = analyses[i].Participants;
            var renames = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var p = 0; p < participants.Length; p++)
            {
                if (words[i][p].Count > 0 && FullerName(participants[p], words[i][p], byWord[words[i][p].First()], analyses, words, i, language) is { } fuller)
                {
                    renames[participants[p].Name] = fuller;
                }
            }

            // No two participants of one readout take one name, and none takes the name another already has.
            if (renames.Count > 0)
            {
                var counts = participants.Select(p => renames.GetValueOrDefault(p.Name, p.Name)).CountBy(name => name, StringComparer.Ordinal)
                    .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
                foreach (var (from, to) in renames.ToList())
                {
                    if (counts[to] > 1)
                    {
                        renames.Remove(from);
                    }
                }
            }

            result.Add(renames.Count == 0 ? analyses[i] : Renamed(analyses[i], renames));
        }

        return result.MoveToImmutable();
    }

    /// <summary>The fullest name another analysis gives <paramref name="participant"/> (whose name's words are
    /// <paramref name="own"/>), among the <paramref name="candidates"/> that share a word with it; or null where none is
    /// fuller or two fuller names are not forms of one another.</summary>
    private static string? FullerName(Participant participant, HashSet<string> own, List<(int Analysis, int Participant)> candidates,
        IReadOnlyList<ReadoutAnalysis> analyses, HashSet<string>[][] words, int ownAnalysis, ReadoutLanguage language)
    {
        Participant? fullest = null;
        HashSet<string>? fullestWords = null;
        foreach (var (j, p) in candidates)
        {
            if (j == ownAnalysis)
            {
                continue;
            }

            var other = analyses[j].Participants[p];
            var otherWords = words[j][p];
            if (otherWords.Count <= own.Count || !otherWords.IsSupersetOf(own) || !SameSide(participant, other) || OnlyAfterParticles(own, other.Name, language))
            {
                continue;
            }

            if (fullestWords is null || otherWords.IsSupersetOf(fullestWords))
            {
                (fullest, fullestWords) = (other, otherWords);
            }
            else if (!fullestWords.IsSupersetOf(otherWords))
            {
                return null; // two people, or two forms that disagree
            }
        }

        return fullest?.Name;
    }

    /// <summary>Whether every one of <paramref name="words"/> stands in <paramref name="fuller"/> right after a name particle
    /// ("bin", "al"): a father's or a family's name, not the person's own.</summary>
    private static bool OnlyAfterParticles(HashSet<string> words, string fuller, ReadoutLanguage language)
    {
        var parts = fuller.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            var own = false;
            for (var k = 0; k < parts.Length; k++)
            {
                if (string.Equals(parts[k].TrimEnd('.', ',').ToLowerInvariant(), word, StringComparison.Ordinal)
                    && (k == 0 || !language.NameParticles.Contains(parts[k - 1].ToLowerInvariant())))
                {
                    own = true;
                }
            }

            if (own)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameSide(Participant a, Participant b) =>
        a.Country is null || b.Country is null || string.Equals(a.Country, b.Country, StringComparison.Ordinal);

    /// <summary>The words of a name, lower case, without trailing dots ("Ferdinand Marcos Jr." gives ferdinand, marcos, jr).</summary>
    private static HashSet<string> WordsOf(string name)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = word.TrimEnd('.', ',');
            if (trimmed.Length > 0)
            {
                words.Add(trimmed.ToLowerInvariant());
            }
        }

        return words;
    }

    /// <summary>The links of <paramref name="links"/> with each claim replaced by the claim of the same id in
    /// <paramref name="left"/> or <paramref name="right"/> (the renamed analyses); the links themselves stay as they are.</summary>
    public static Alignment.LinkSet Rebind(Alignment.LinkSet links, ReadoutAnalysis left, ReadoutAnalysis right)
    {
        var byId = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var claim in left.Claims.Concat(right.Claims))
        {
            byId[claim.Id] = claim;
        }

        Claim Current(Claim claim) => byId.GetValueOrDefault(claim.Id, claim);
        return links with
        {
            Links = [.. links.Links.Select(l => l with { Left = Current(l.Left), Right = Current(l.Right) })],
            Weak = links.Weak.ToImmutableDictionary(w => w.Key, w => w.Value with { Claim = Current(w.Value.Claim) }, StringComparer.Ordinal),
        };
    }

    private static ReadoutAnalysis Renamed(ReadoutAnalysis analysis, Dictionary<string, string> renames) => analysis with
    {
        Participants = [.. analysis.Participants.Select(p => renames.TryGetValue(p.Name, out var name) ? p with { Name = name } : p)],
        Claims = [.. analysis.Claims.Select(c => renames.TryGetValue(c.Speaker, out var name) ? c with { Speaker = name } : c)],
    };
}
