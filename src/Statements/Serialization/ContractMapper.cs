using System.Collections.Immutable;
using System.Globalization;
using Statements.Tone;

namespace Statements.Serialization;

/// <summary>
/// Maps a <see cref="Comparison"/> to the contract's documents and back. Reading checks what the types promise:
/// claim ids that rows name exist, spans lie inside their text, enum names are known; a document that breaks
/// one gets a <see cref="FormatException"/> naming the place. Values derived from others (a sentence's text, a
/// readout's tone profile and headline) are computed again rather than trusted.
/// </summary>
internal static class ContractMapper
{
    public static ComparisonDocument ToDocument(Comparison comparison)
    {
        var sameSide = comparison.Left.Readout.Side == comparison.Right.Readout.Side;
        var leftKey = sameSide ? "left" : comparison.Left.Readout.Side;
        var rightKey = sameSide ? "right" : comparison.Right.Readout.Side;
        var e = comparison.Engagement;
        return new ComparisonDocument
        {
            Schema = ComparisonJson.SchemaId,
            Engagement = new EngagementDocument
            {
                Date = e.Date,
                Format = ComparisonJson.FormatName(e.Format),
                Participants = [.. e.Participants],
                RequestedBy = e.RequestedBy,
                Facts = [.. e.Facts.Select(f => new FactDocument
                {
                    Name = f.Name,
                    Values = new Dictionary<string, string?>(2, StringComparer.Ordinal) { [leftKey] = f.Left, [rightKey] = f.Right },
                    Conflict = f.Conflict,
                    Comparable = f.Comparable,
                })],
            },
            Readouts = [ToDocument(comparison.Left), ToDocument(comparison.Right)],
            Rows = [.. comparison.Rows.Select(r => new RowDocument
            {
                Kind = ComparisonJson.KindName(r.Kind),
                Left = Ids(r.Left),
                Right = Ids(r.Right),
                Topics = [.. r.Topics],
                Score = r.Score,
                Reasons = [.. r.Reasons],
                AttributedToOtherSide = r.AttributedToOtherSide,
                LeftTone = [.. r.LeftTone],
                RightTone = [.. r.RightTone],
                Diff = [.. r.Diff.Select(d => new DiffDocument { Op = d.Op.ToString().ToLowerInvariant(), Text = d.Text })],
                Evidence = [.. r.Evidence],
                Nearest = r.Nearest is { } n ? new NearestDocument { Claim = n.Claim.Id, Score = n.Score } : null,
                GeneralCounterparts = [.. r.GeneralLinks.Select(k => r.Left.Length > 0 ? k.Right.Id : k.Left.Id).Distinct(StringComparer.Ordinal)],
                NeverNamedByOther = r.NeverNamedByOther.IsDefault ? [] : [.. r.NeverNamedByOther],
            })],
            Links = [.. comparison.Links.Select(k => new LinkDocument
            {
                Left = k.Left.Id,
                Right = k.Right.Id,
                Relation = ComparisonJson.RelationName(k.Relation),
                Score = k.Score,
                Reasons = [.. k.Reasons],
                Evidence = [.. k.Evidence],
            })],
            Coverage = [.. comparison.Coverage.Select(c => new CoverageDocument { Topic = c.Topic, Left = Ids(c.Left), Right = Ids(c.Right) })],
            Tone = new ToneDocument
            {
                Shared = [.. comparison.Tone.Shared],
                LeftOnly = [.. comparison.Tone.LeftOnly],
                RightOnly = [.. comparison.Tone.RightOnly],
                LeftHeadline = comparison.Tone.LeftHeadline?.Text,
                RightHeadline = comparison.Tone.RightHeadline?.Text,
            },
        };
    }

    public static ReadoutDocument ToDocument(ReadoutAnalysis analysis)
    {
        var readout = analysis.Readout;
        return new ReadoutDocument
        {
            Id = analysis.Id,
            Side = readout.Side,
            Publisher = readout.Publisher,
            Title = readout.Title,
            Date = readout.Date,
            Source = readout.Source,
            Language = readout.Language,
            Encoding = readout.Encoding,
            Name = readout.Name,
            Headers = readout.Headers.IsEmpty ? null : new SortedDictionary<string, string>(readout.Headers, StringComparer.Ordinal),
            Scope = readout.Scope.IsDefaultOrEmpty ? null : [.. readout.Scope.Select(ToDocument)],
            Text = readout.Text,
            Participants = [.. analysis.Participants.Select(p => new ParticipantDocument { Name = p.Name, Country = p.Country, Titles = [.. p.Titles], Mentions = [.. p.Mentions] })],
            Sentences = [.. analysis.Sentences.Select(s => new SentenceDocument { Span = ToDocument(s.Span), Kind = ComparisonJson.KindName(s.Kind), Claims = [.. s.ClaimIds], Paragraph = s.Paragraph })],
            Claims = [.. analysis.Claims.Select(c => new ClaimDocument
            {
                Id = c.Id,
                Speaker = c.Speaker,
                Cue = c.Cue,
                CueStrength = c.CueStrength,
                Text = c.Text,
                Span = ToDocument(c.Span),
                Topics = [.. c.Topics],
                Negated = c.Negated,
                Modality = c.Modality.ToString().ToLowerInvariant(),
                Quoted = c.Quoted,
                ReportingSide = c.ReportingSide,
                Continuity = c.Continuity,
                SpeakerInferred = c.SpeakerInferred,
                Sentence = c.SentenceIndex,
            })],
            Topics = [.. analysis.Topics],
            ToneHits = [.. analysis.ToneHits.Select(h => new ToneHitDocument
            {
                Key = h.Key,
                Text = h.Text,
                Span = ToDocument(h.Span),
                Category = h.Category.ToId(),
                Valence = h.Valence,
                Negated = h.Negated,
                Claim = h.ClaimId,
            })],
            ToneScore = analysis.ToneScore,
            ToneProfile = ToneProfile.Categories.ToDictionary(c => c.ToId(), c => new TallyDocument { Count = analysis.Profile[c].Count, Valence = analysis.Profile[c].Valence }),
            Headline = analysis.Headline?.Text,
        };
    }

    public static Comparison FromDocument(ComparisonDocument document)
    {
        if (document.Schema is not (ComparisonJson.SchemaId or ComparisonJson.SchemaIdVersion1))
        {
            throw new FormatException($"Not a comparison: \"schema\" is \"{document.Schema}\", expected \"{ComparisonJson.SchemaId}\" (or \"{ComparisonJson.SchemaIdVersion1}\").");
        }

        if (document.Readouts.Length != 2)
        {
            throw new FormatException($"A comparison needs exactly two readouts; the document has {document.Readouts.Length}.");
        }

        var left = FromDocument(document.Readouts[0], "readouts[0]");
        var right = FromDocument(document.Readouts[1], "readouts[1]");
        var leftClaims = ById(left);
        var rightClaims = ById(right);
        var tone = document.Tone ?? throw new FormatException("The comparison has no \"tone\".");
        var links = (document.Links ?? []).Select((k, i) =>
        {
            var where = $"links[{i}]";
            return new ClaimLink(
                Claims(left, leftClaims, [k.Left], where + ".left")[0],
                Claims(right, rightClaims, [k.Right], where + ".right")[0],
                ParseRelation(k.Relation, where + ".relation"),
                k.Score,
                [.. k.Reasons],
                [.. k.Evidence]);
        }).ToImmutableArray();
        var rows = document.Rows.Select((r, i) =>
        {
            var where = $"rows[{i}]";
            var leftRow = Claims(left, leftClaims, r.Left, where + ".left");
            var rightRow = Claims(right, rightClaims, r.Right, where + ".right");
            var counterparts = (r.GeneralCounterparts ?? []).ToHashSet(StringComparer.Ordinal);
            var own = leftRow.Select(c => c.Id).Concat(rightRow.Select(c => c.Id)).ToHashSet(StringComparer.Ordinal);
            NearestCounterpart? nearest = null;
            if (r.Nearest is { } n)
            {
                var other = leftRow.Length > 0 ? Claims(right, rightClaims, [n.Claim], where + ".nearest.claim") : Claims(left, leftClaims, [n.Claim], where + ".nearest.claim");
                nearest = new NearestCounterpart(other[0], n.Score);
            }

            return new ComparisonRow(
                ParseKind(r.Kind, where),
                leftRow,
                rightRow,
                [.. r.Topics],
                r.Score,
                [.. r.Reasons],
                [.. r.Diff.Select((d, j) => new DiffRun(ParseOp(d.Op, $"{where}.diff[{j}]"), d.Text))])
            {
                LeftTone = [.. r.LeftTone],
                RightTone = [.. r.RightTone],
                AttributedToOtherSide = r.AttributedToOtherSide,
                Evidence = [.. r.Evidence ?? []],
                Nearest = nearest,
                NeverNamedByOther = [.. r.NeverNamedByOther ?? []],
                GeneralLinks = [.. links.Where(k => k.Relation == LinkRelation.General
                    && ((own.Contains(k.Left.Id) && counterparts.Contains(k.Right.Id)) || (own.Contains(k.Right.Id) && counterparts.Contains(k.Left.Id))))],
            };
        }).ToImmutableArray();
        var coverage = (document.Coverage ?? []).Select((c, i) => new TopicCoverage(c.Topic, Claims(left, leftClaims, c.Left, $"coverage[{i}].left"), Claims(right, rightClaims, c.Right, $"coverage[{i}].right"))).ToImmutableArray();
        var toneComparison = new ToneComparison([.. tone.Shared], [.. tone.LeftOnly], [.. tone.RightOnly])
        {
            LeftHeadline = left.Headline,
            RightHeadline = right.Headline,
        };
        return new Comparison(left, right, rows, toneComparison, FromDocument(document.Engagement, left.Readout.Side, right.Readout.Side))
        {
            Coverage = coverage,
            Links = links,
        };
    }

    public static ReadoutAnalysis FromDocument(ReadoutDocument document, string where)
    {
        var text = document.Text ?? throw new FormatException($"{where} has no \"text\".");
        var readout = new Readout(text, document.Side)
        {
            Publisher = document.Publisher,
            Title = document.Title,
            Date = document.Date,
            Source = document.Source,
            Language = document.Language,
            Encoding = document.Encoding,
            Name = document.Name,
            Headers = document.Headers is null ? ImmutableDictionary<string, string>.Empty : document.Headers.ToImmutableDictionary(StringComparer.Ordinal),
            Scope = document.Scope is null ? [] : [.. document.Scope.Select((s, i) => FromDocument(s, text, $"{where}.scope[{i}]"))],
        };
        var sentences = document.Sentences.Select((s, i) =>
        {
            var span = FromDocument(s.Span, text, $"{where}.sentences[{i}].span");
            return new Sentence(i, span, TextSlice.Of(text, span), ParseSentenceKind(s.Kind, $"{where}.sentences[{i}].kind"), s.Paragraph, [.. s.Claims]);
        }).ToImmutableArray();
        // A claim without its sentence index finds it by the sentences' claim lists, then by span: both looked up,
        // not searched, so a document of tens of thousands of claims reads in linear time.
        var sentenceOfClaim = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            foreach (var id in s.ClaimIds)
            {
                sentenceOfClaim.TryAdd(id, s.Index);
            }
        }

        var byStart = sentences.OrderBy(s => s.Span.Start).ThenBy(s => s.Index).ToArray();
        var starts = byStart.Select(s => s.Span.Start).ToArray();
        var claims = document.Claims.Select((c, i) =>
        {
            var at = $"{where}.claims[{i}]";
            var span = FromDocument(c.Span, text, at + ".span");
            var sentence = c.Sentence ?? (sentenceOfClaim.TryGetValue(c.Id, out var listed) ? listed : Containing(byStart, starts, span));
            return new Claim(c.Id, c.Speaker, c.Cue, c.CueStrength, c.Text, span, [.. c.Topics], c.Negated, ParseModality(c.Modality, at + ".modality"), c.Quoted, sentence)
            {
                ReportingSide = c.ReportingSide,
                Continuity = c.Continuity,
                SpeakerInferred = c.SpeakerInferred,
            };
        }).ToImmutableArray();
        var hits = document.ToneHits.Select((h, i) =>
        {
            var at = $"{where}.toneHits[{i}]";
            ToneCategory category;
            try
            {
                category = ToneCategories.Parse(h.Category);
            }
            catch (FormatException e)
            {
                throw new FormatException($"{at}.category: {e.Message}", e);
            }

            return new ToneHit(h.Key, h.Text, FromDocument(h.Span, text, at + ".span"), category, h.Valence, h.Negated, h.Claim);
        }).ToImmutableArray();
        var participants = document.Participants.Select(p => new Participant(p.Name, p.Country, [.. p.Titles], [.. p.Mentions])).ToImmutableArray();
        return new ReadoutAnalysis(document.Id, readout, sentences, participants, claims, hits, [.. document.Topics], ToneProfile.From(hits))
        {
            Headline = ToneHeadline.Find(text, hits),
        };
    }

    private static Engagement FromDocument(EngagementDocument? document, string leftSide, string rightSide)
    {
        if (document is null)
        {
            return new Engagement(null, EngagementFormat.Unknown, [], null, []);
        }

        var (leftKey, rightKey) = leftSide == rightSide ? ("left", "right") : (leftSide, rightSide);
        var format = document.Format switch
        {
            "call" => EngagementFormat.Call,
            "video-call" => EngagementFormat.VideoCall,
            "meeting" => EngagementFormat.Meeting,
            "unknown" => EngagementFormat.Unknown,
            _ => throw new FormatException($"engagement.format: \"{document.Format}\" is not call, video-call, meeting or unknown."),
        };
        var facts = document.Facts.Select(f => new EngagementFact(f.Name, f.Values.GetValueOrDefault(leftKey), f.Values.GetValueOrDefault(rightKey)) { Comparable = f.Comparable });
        return new Engagement(document.Date, format, [.. document.Participants], document.RequestedBy, [.. facts]);
    }

    private static SpanDocument ToDocument(Span span) => new() { Start = span.Start, Length = span.Length };

    private static Span FromDocument(SpanDocument? span, string text, string where)
    {
        if (span is null)
        {
            throw new FormatException($"{where} is missing.");
        }

        if (span.Start < 0 || span.Length < 0 || span.Start > text.Length - span.Length)
        {
            throw new FormatException($"{where} [{span.Start.ToString(CultureInfo.InvariantCulture)}, +{span.Length.ToString(CultureInfo.InvariantCulture)}) does not lie inside the text of {text.Length.ToString(CultureInfo.InvariantCulture)} characters.");
        }

        return new Span(span.Start, span.Length);
    }

    private static string[] Ids(ImmutableArray<Claim> claims)
    {
        var ids = new string[claims.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = claims[i].Id;
        }

        return ids;
    }

    private static Dictionary<string, Claim> ById(ReadoutAnalysis analysis)
    {
        var claims = new Dictionary<string, Claim>(analysis.Claims.Length, StringComparer.Ordinal);
        foreach (var claim in analysis.Claims)
        {
            claims.TryAdd(claim.Id, claim);
        }

        return claims;
    }

    private static ImmutableArray<Claim> Claims(ReadoutAnalysis analysis, Dictionary<string, Claim> byId, string[] ids, string where)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>(ids.Length);
        foreach (var id in ids)
        {
            claims.Add(byId.GetValueOrDefault(id) ?? throw new FormatException($"{where} names claim \"{id}\", which readout {analysis.Id} does not have."));
        }

        return claims.MoveToImmutable();
    }

    /// <summary>The index of the sentence (by start) whose span holds <paramref name="span"/>, or -1.</summary>
    private static int Containing(Sentence[] byStart, int[] starts, Span span)
    {
        var at = Array.BinarySearch(starts, span.Start);
        if (at < 0)
        {
            at = ~at - 1;
        }
        else
        {
            while (at > 0 && starts[at - 1] == span.Start)
            {
                at--;
            }
        }

        for (var i = Math.Max(at, 0); i < byStart.Length && byStart[i].Span.Start <= span.Start; i++)
        {
            if (byStart[i].Span.Contains(span))
            {
                return byStart[i].Index;
            }
        }

        return -1;
    }

    private static RowKind ParseKind(string kind, string where) => kind switch
    {
        "shared" => RowKind.Shared,
        "divergent" => RowKind.Divergent,
        "left-only" => RowKind.LeftOnly,
        "right-only" => RowKind.RightOnly,
        "weak" => RowKind.Weak,
        _ => throw new FormatException($"{where}.kind: \"{kind}\" is not shared, divergent, left-only, right-only or weak."),
    };

    private static DiffOp ParseOp(string op, string where) => op switch
    {
        "equal" => DiffOp.Equal,
        "insert" => DiffOp.Insert,
        "delete" => DiffOp.Delete,
        _ => throw new FormatException($"{where}.op: \"{op}\" is not equal, insert or delete."),
    };

    private static LinkRelation ParseRelation(string relation, string where) => relation switch
    {
        "shared" => LinkRelation.Shared,
        "divergent" => LinkRelation.Divergent,
        "general" => LinkRelation.General,
        _ => throw new FormatException($"{where}: \"{relation}\" is not shared, divergent or general."),
    };

    private static SentenceKind ParseSentenceKind(string kind, string where) => kind switch
    {
        "claim" => SentenceKind.Claim,
        "narration" => SentenceKind.Narration,
        "metadata" => SentenceKind.Metadata,
        "boilerplate" => SentenceKind.Boilerplate,
        _ => throw new FormatException($"{where}: \"{kind}\" is not claim, narration, metadata or boilerplate."),
    };

    private static Modality ParseModality(string modality, string where) => modality switch
    {
        "assertion" => Modality.Assertion,
        "obligation" => Modality.Obligation,
        "intention" => Modality.Intention,
        "condition" => Modality.Condition,
        "hope" => Modality.Hope,
        _ => throw new FormatException($"{where}: \"{modality}\" is not assertion, obligation, intention, condition or hope."),
    };
}
