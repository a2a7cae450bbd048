using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Statements.Serialization;

// The N-way contract statements.multi-comparison/1 (schema/multi-comparison.schema.json), both ways.
public static partial class ComparisonJson
{
    /// <summary>
    /// The schema id of an N-way comparison (<see cref="Serialize(MultiComparison, bool)"/>): readouts and links as in
    /// <see cref="SchemaId"/>, plus matters (one cell per readout) and the tone spread (schema/multi-comparison.schema.json).
    /// </summary>
    public const string MultiSchemaId = "statements.multi-comparison/1";

    private static readonly MultiContractJsonContext MultiIndented = MultiContext(indented: true);
    private static readonly MultiContractJsonContext MultiCompact = MultiContext(indented: false);

    /// <summary>An N-way comparison as JSON text (<see cref="MultiSchemaId"/>), indented unless <paramref name="indented"/> is false.</summary>
    public static string Serialize(MultiComparison comparison, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return JsonSerializer.Serialize(ToDocument(comparison), (indented ? MultiIndented : MultiCompact).MultiComparisonDocument);
    }

    /// <summary>Reads an N-way comparison written by <see cref="Serialize(MultiComparison, bool)"/> (or by anyone following the contract).</summary>
    /// <exception cref="FormatException">
    /// The text is not JSON, not a <c>statements.multi-comparison/1</c> document, or breaks it: fewer than two readouts, a
    /// readout that breaks the comparison contract, a repeated readout or claim id, a matter whose cells do not match the
    /// readouts, a claim named that its readout lacks or not in exactly one matter, a link index out of range, an unknown
    /// relation. The message names the JSON path of the problem.
    /// </exception>
    public static MultiComparison DeserializeMulti(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var document = Parse(() => JsonSerializer.Deserialize(json, MultiCompact.MultiComparisonDocument));
        if (document.Schema != MultiSchemaId)
        {
            throw new FormatException($"Not an N-way comparison: \"schema\" is \"{document.Schema}\", expected \"{MultiSchemaId}\".");
        }

        return FromDocument(document);
    }

    private static MultiComparisonDocument ToDocument(MultiComparison comparison)
    {
        var linkIndex = new Dictionary<ClaimLink, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < comparison.Links.Length; i++)
        {
            linkIndex.TryAdd(comparison.Links[i], i);
        }

        int[] Indices(ImmutableArray<ClaimLink> links) => [.. links.Select(k => linkIndex.TryGetValue(k, out var i) ? i : comparison.Links.IndexOf(k)).Where(i => i >= 0)];
        var ids = comparison.Readouts.Select(a => a.Id).ToArray();
        return new MultiComparisonDocument
        {
            Schema = MultiSchemaId,
            Pivot = comparison.Pivot is { } p ? ids[p] : null,
            Readouts = [.. comparison.Readouts.Select(ContractMapper.ToDocument)],
            Matters = [.. comparison.Matters.Select(m => new MatterDocument
            {
                Relation = MatterRelationName(m.Relation),
                Carriers = [.. m.Carriers.Select(i => ids[i])],
                Cells = [.. m.Cells.Select((c, i) => new CellDocument { Readout = ids[i], Claims = [.. c.Claims.Select(k => k.Id)], Tone = [.. c.Tone] })],
                Topics = [.. m.Topics],
                Score = m.Score,
                Reasons = [.. m.Reasons],
                Evidence = [.. m.Evidence],
                Links = Indices(m.Links),
                GeneralLinks = Indices(m.GeneralLinks),
                Nearest = m.Nearest is { } n ? new NearestDocument { Claim = n.Claim.Id, Score = n.Score } : null,
            })],
            Links = [.. comparison.Links.Select(k => new LinkDocument
            {
                Left = k.Left.Id,
                Right = k.Right.Id,
                Relation = RelationName(k.Relation),
                Score = k.Score,
                Reasons = [.. k.Reasons],
                Evidence = [.. k.Evidence],
            })],
            Facts = [.. comparison.Facts.Select(f => new MultiFactDocument
            {
                Name = f.Name,
                Values = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => f.Values[x.i], StringComparer.Ordinal),
                Conflict = f.Conflict,
                Comparable = f.Comparable,
            })],
            Tone = new ToneSpreadDocument
            {
                Common = [.. comparison.Tone.Common],
                Readouts = [.. comparison.Tone.Readouts.Select((t, i) => new ReadoutToneDocument { Readout = ids[i], Keys = [.. t.Keys], Particular = [.. t.Particular], Headline = t.Headline?.Text })],
            },
        };
    }

    /// <summary>The JSON name of a matter relation: shared, divergent, single, weak.</summary>
    public static string MatterRelationName(MatterRelation relation) => relation.ToString().ToLowerInvariant();

    private static MultiComparison FromDocument(MultiComparisonDocument document)
    {
        var readouts = document.Readouts ?? throw new FormatException("readouts: required");
        if (readouts.Length < 2)
        {
            throw new FormatException($"readouts: an N-way comparison needs two or more readouts; the document has {readouts.Length}.");
        }

        var analyses = new ReadoutAnalysis[readouts.Length];
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        var claims = new Dictionary<string, (Claim Claim, int Column)>(StringComparer.Ordinal);
        for (var i = 0; i < readouts.Length; i++)
        {
            var where = $"readouts[{i}]";
            if (readouts[i] is null)
            {
                throw new FormatException(where + ": required");
            }

            ContractValidator.Check(readouts[i], where);
            analyses[i] = Mapped(() => ContractMapper.FromDocument(readouts[i], where));
            if (!column.TryAdd(analyses[i].Id, i))
            {
                throw new FormatException($"{where}.id: \"{analyses[i].Id}\" repeats");
            }

            foreach (var claim in analyses[i].Claims)
            {
                if (!claims.TryAdd(claim.Id, (claim, i)))
                {
                    throw new FormatException($"{where}.claims: claim id \"{claim.Id}\" is used by two readouts");
                }
            }
        }

        Claim Find(string? id, string where) =>
            id is not null && claims.TryGetValue(id, out var found) ? found.Claim : throw new FormatException($"{where}: names claim \"{id}\", which no readout has");

        var links = (document.Links ?? []).Select((k, i) =>
        {
            var where = $"links[{i}]";
            if (k is null)
            {
                throw new FormatException(where + ": required");
            }

            var (left, right) = (Find(k.Left, where + ".left"), Find(k.Right, where + ".right"));
            if (claims[left.Id].Column == claims[right.Id].Column)
            {
                throw new FormatException($"{where}: links two claims of one readout");
            }

            if (k.Score is not (>= 0 and <= 1))
            {
                throw new FormatException($"{where}.score: must be between 0 and 1");
            }

            return new ClaimLink(left, right, ParseLinkRelation(k.Relation, where + ".relation"), k.Score, [.. k.Reasons ?? []], [.. k.Evidence ?? []]);
        }).ToImmutableArray();

        ImmutableArray<ClaimLink> Links(int[]? indices, string where) =>
            [.. (indices ?? []).Select((index, j) => index >= 0 && index < links.Length ? links[index] : throw new FormatException($"{where}[{j}]: link {index} is not in \"links\""))];

        var placed = new HashSet<string>(StringComparer.Ordinal);
        var matters = (document.Matters ?? throw new FormatException("matters: required")).Select((m, i) =>
        {
            var where = $"matters[{i}]";
            if (m?.Cells is null || m.Cells.Length != analyses.Length)
            {
                throw new FormatException($"{where}.cells: needs one cell per readout ({analyses.Length})");
            }

            var cells = m.Cells.Select((c, k) =>
            {
                var at = $"{where}.cells[{k}]";
                if (c is null || c.Readout != analyses[k].Id)
                {
                    throw new FormatException($"{at}.readout: expected \"{analyses[k].Id}\"");
                }

                var own = (c.Claims ?? []).Select((id, j) =>
                {
                    var claim = Find(id, $"{at}.claims[{j}]");
                    if (claims[claim.Id].Column != k)
                    {
                        throw new FormatException($"{at}.claims[{j}]: claim \"{id}\" is not readout {analyses[k].Id}'s");
                    }

                    if (!placed.Add(claim.Id))
                    {
                        throw new FormatException($"{at}.claims[{j}]: claim \"{id}\" stands in two matters");
                    }

                    return claim;
                }).ToImmutableArray();
                return new MatterCell(own, [.. c.Tone ?? []]);
            }).ToImmutableArray();
            NearestCounterpart? nearest = m.Nearest is { } n ? new NearestCounterpart(Find(n.Claim, where + ".nearest.claim"), n.Score) : null;
            return new Matter(ParseMatterRelation(m.Relation, where + ".relation"), cells, [.. m.Topics ?? []], m.Score, [.. m.Reasons ?? []])
            {
                Links = Links(m.Links, where + ".links"),
                GeneralLinks = Links(m.GeneralLinks, where + ".generalLinks"),
                Evidence = [.. m.Evidence ?? []],
                Nearest = nearest,
            };
        }).ToImmutableArray();
        if (placed.Count != claims.Count)
        {
            var missing = claims.Keys.First(id => !placed.Contains(id));
            throw new FormatException($"matters: claim \"{missing}\" stands in no matter (every claim stands in exactly one)");
        }

        var tone = document.Tone ?? throw new FormatException("tone: required");
        if (tone.Readouts is null || tone.Readouts.Length != analyses.Length)
        {
            throw new FormatException($"tone.readouts: needs one entry per readout ({analyses.Length})");
        }

        var spread = new ToneSpread(
            [.. tone.Common ?? []],
            [.. tone.Readouts.Select((t, i) => t is null ? throw new FormatException($"tone.readouts[{i}]: required") : new ReadoutTone([.. t.Keys ?? []], [.. t.Particular ?? []], analyses[i].Headline))]);
        int? pivot = document.Pivot is null ? null : column.TryGetValue(document.Pivot, out var p) ? p : throw new FormatException($"pivot: \"{document.Pivot}\" is not a readout id");
        var facts = (document.Facts ?? []).Select((f, i) => f?.Name is null || f.Values is null
            ? throw new FormatException($"facts[{i}]: needs a name and values")
            : new MultiFact(f.Name, [.. analyses.Select(a => f.Values.GetValueOrDefault(a.Id))]) { Comparable = f.Comparable }).ToImmutableArray();
        return new MultiComparison([.. analyses], matters, spread) { Links = links, Pivot = pivot, Facts = facts };
    }

    private static LinkRelation ParseLinkRelation(string? relation, string where) => relation switch
    {
        "shared" => LinkRelation.Shared,
        "divergent" => LinkRelation.Divergent,
        "general" => LinkRelation.General,
        _ => throw new FormatException($"{where}: unknown relation \"{relation}\""),
    };

    private static MatterRelation ParseMatterRelation(string? relation, string where) => relation switch
    {
        "shared" => MatterRelation.Shared,
        "divergent" => MatterRelation.Divergent,
        "single" => MatterRelation.Single,
        "weak" => MatterRelation.Weak,
        _ => throw new FormatException($"{where}: unknown relation \"{relation}\""),
    };

    private static MultiContractJsonContext MultiContext(bool indented) => new(Options(indented));
}
