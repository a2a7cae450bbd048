using System.Diagnostics;

namespace Statements.Tests;

/// <summary>
/// Claims the size of one position (issue 18): a sentence that holds several positions gives a claim for each, with
/// exact spans, its sentence, and the speaker and cue it shares with its siblings; a list of topics stays one claim.
/// </summary>
public class ClaimPositionTests
{
    private const string Opening = "President Anna Lind spoke with Prime Minister Omar Diaz of Chile.\n\n";

    private static ReadoutAnalysis Analyze(string text, string side = "United States")
    {
        var analysis = ReadoutAnalyzer.Default.Analyze(Readout.Parse(text, side: side));
        ShouldBeWellFormed(analysis, text);
        return analysis;
    }

    /// <summary>Every claim's text is the readout's text at its span, inside its own sentence; ids run L1, L2, ...</summary>
    private static void ShouldBeWellFormed(ReadoutAnalysis analysis, string text)
    {
        for (var c = 0; c < analysis.Claims.Length; c++)
        {
            var claim = analysis.Claims[c];
            text.Substring(claim.Span.Start, claim.Span.Length).Should().Be(claim.Text);
            claim.Id.Should().Be(analysis.Id + (c + 1));
            var sentence = analysis.Sentences[claim.SentenceIndex].Span;
            claim.Span.Start.Should().BeGreaterThanOrEqualTo(sentence.Start);
            claim.Span.End.Should().BeLessThanOrEqualTo(sentence.End);
            if (c > 0)
            {
                claim.Span.Start.Should().BeGreaterThanOrEqualTo(analysis.Claims[c - 1].Span.End, "claims do not overlap");
            }
        }
    }

    /// <summary>The claims of the last sentence.</summary>
    private static Claim[] LastSentence(ReadoutAnalysis analysis) =>
        [.. analysis.Claims.Where(c => c.SentenceIndex == analysis.Claims[^1].SentenceIndex)];

    [Fact]
    public void A_list_of_verbs_after_commas_gives_a_claim_for_each_of_the_same_subject()
    {
        // Seoul's account as a wire relayed it: "President Biden appreciated efforts of South Korea as a major player ...,
        // said it was important to have the same position with South Korea and pledged ...". The country inside the first
        // verb's object had taken the rest of the sentence.
        var claims = LastSentence(Analyze(Opening + "President Anna Lind appreciated the efforts of Chile as a major partner in the region, said it was important to keep the same position with Chile and pledged to continue working closely."));
        claims.Select(c => c.Cue).Should().Equal("appreciated", "said", "pledged");
        claims.Should().OnlyContain(c => c.Speaker == "Anna Lind");
    }

    [Theory]
    [InlineData("The leaders discussed ongoing efforts to advance prosperity, security, shared values, and the rules-based order in the region.")]
    [InlineData("The leaders pledged to continue pursuing diplomacy while ensuring readiness to impose swift, coordinated economic costs on the aggressor.")]
    [InlineData("The leaders described the process of developing the strategy, informed by robust consultation with a diverse array of stakeholders.")]
    public void A_verb_form_after_a_comma_that_opens_no_complement_starts_no_claim(string sentence)
    {
        LastSentence(Analyze(Opening + sentence)).Should().ContainSingle();
    }


    [Theory]
    [InlineData("President Lind welcomed the new trade office and urged both sides to lower tariffs on grain.",
        "President Lind welcomed the new trade office", "urged both sides to lower tariffs on grain.", "welcomed", "urged")]
    [InlineData("President Lind reaffirmed her support for the fishing accord and expressed concern about the drought in the north.",
        "President Lind reaffirmed her support for the fishing accord", "expressed concern about the drought in the north.", "reaffirmed", "expressed")]
    [InlineData("President Lind raised concerns over the fishing quotas, and emphasized the value of open markets.",
        "President Lind raised concerns over the fishing quotas", "emphasized the value of open markets.", "raised concerns", "emphasized")]
    [InlineData("President Lind discussed the security situation around the coast - exchanged available information with her host.",
        "President Lind discussed the security situation around the coast", "exchanged available information with her host.", "discussed", "exchanged")]
    public void Coordinated_reporting_verbs_sharing_one_subject_make_a_claim_each(string sentence, string first, string second, string firstCue, string secondCue)
    {
        var claims = LastSentence(Analyze(Opening + sentence));

        claims.Select(c => c.Text).Should().Equal(first, second);
        claims.Select(c => c.Cue).Should().Equal(firstCue, secondCue);
        claims.Select(c => c.Speaker).Should().AllBe("Anna Lind");
    }

    [Theory]
    [InlineData("The leaders agreed to meet and discuss the harbour.")]                    // a base form after "to": one position
    [InlineData("President Lind said the ministry has reviewed and updated the plan for the harbour.")] // two verbs of one clause
    [InlineData("They reaffirmed their common and shared interests in the region.")]        // a participle adjective
    [InlineData("President Lind welcomed the plan for the harbour and urged.")]             // nothing after the second cue
    [InlineData("President Lind said the fishing crews of Peru and Chile agreed on the plan.")]      // "Peru and Chile": one subject
    public void A_coordination_that_is_not_a_second_position_stays_one_claim(string sentence)
    {
        LastSentence(Analyze(Opening + sentence)).Should().ContainSingle();
    }

    [Theory]
    [InlineData("President Lind stressed that the United States opposes any unilateral change to the status quo.", "stressed")]
    [InlineData("She reiterated that the United States supports a peaceful resolution of the dispute.", "reiterated")]
    [InlineData("Prime Minister Diaz said that his government welcomed the new trade agreement.", "said")]
    public void A_that_clause_with_a_reporting_verb_of_its_own_stays_in_the_claim_that_reports_it(string sentence, string cue)
    {
        var claims = LastSentence(Analyze(Opening + "President Lind raised concerns about fisheries. " + sentence));
        claims.Should().ContainSingle("the complement is what the cue reports, not a claim of its own beside an empty \"... that\"");
        claims[0].Text.Should().Be(sentence);
        claims[0].Cue.Should().Be(cue);
        claims[0].Speaker.Should().NotBe(Speakers.Narrator);
    }

    [Fact]
    public void A_coordinated_clause_with_its_own_subject_after_a_bare_and_is_that_subjects_claim()
    {
        var claims = LastSentence(Analyze(Opening + "President Lind congratulated the Prime Minister on his election victory and Prime Minister Diaz thanked her for her kind words."));

        claims.Select(c => c.Text).Should().Equal(
            "President Lind congratulated the Prime Minister on his election victory",
            "Prime Minister Diaz thanked her for her kind words.");
        claims.Select(c => c.Speaker).Should().Equal("Anna Lind", "Omar Diaz");
    }

    [Fact]
    public void Coordinated_complements_that_each_carry_a_matter_share_the_cue_and_speaker()
    {
        var claims = LastSentence(Analyze(Opening + "The Prime Minister stressed the importance of protecting the fishing grounds of the north, of keeping the ports open all winter and of supporting the farmers of the valley.", side: "Chile"));

        claims.Select(c => c.Text).Should().Equal(
            "The Prime Minister stressed the importance of protecting the fishing grounds of the north",
            "of keeping the ports open all winter",
            "of supporting the farmers of the valley.");
        claims.Select(c => c.Cue).Should().AllBe("stressed");
        claims.Select(c => c.CueStrength).Should().AllBeEquivalentTo(2.0);
        claims.Select(c => c.Speaker).Should().AllBe("Omar Diaz");
    }

    [Theory]
    [InlineData("President Lind thanked the Prime Minister for his steady support of the harbour project, and for the swift help of his government after the storm.", 2)]
    [InlineData("President Lind thanked the Prime Minister for his steady support of the harbour project, as well as for the swift help of his government.", 2)]
    [InlineData("President Lind discussed the need for restraint on the border and the importance of reopening the northern ports.", 2)]
    [InlineData("President Lind said that the two countries were still rivals but that they must take every effort to keep the peace.", 2)]
    [InlineData("President Lind noted the country has provided the region with grain and medicine this year, and is exploring further support for its farmers.", 2)]
    public void Coordinated_parts_with_a_matter_of_their_own_are_claims_of_their_own(string sentence, int claims)
    {
        LastSentence(Analyze(Opening + sentence)).Should().HaveCount(claims).And.OnlyContain(c => c.Speaker == "Anna Lind");
    }

    [Theory]
    [InlineData("The leaders discussed Ukraine, Gaza and the Korean Peninsula.")]
    [InlineData("The leaders discussed trade, energy, fisheries, and the situation in the Sahel.")]
    [InlineData("The leaders discussed cooperation on trade, on climate and on health.")]
    [InlineData("President Lind said the two countries should be responsible for history, for the people and for the world.")]
    [InlineData("President Lind stressed the security of Europe and of the United States.")]
    [InlineData("President Lind said that Chile, Peru, and the United States are close partners in the region.")]
    public void A_list_of_topics_under_one_verb_stays_one_claim(string sentence)
    {
        LastSentence(Analyze(Opening + sentence)).Should().ContainSingle().Which.Text.Should().Be(sentence);
    }

    [Fact]
    public void An_enumeration_gives_a_claim_per_position()
    {
        var claims = LastSentence(Analyze(Opening + "President Lind stressed two points: first, the harbour must stay open to all ships; second, the new quotas must respect the science."));

        claims.Select(c => c.Text).Should().Equal(
            "President Lind stressed two points",
            "first, the harbour must stay open to all ships",
            "second, the new quotas must respect the science.");
        claims.Select(c => c.Cue).Should().AllBe("stressed");
    }

    [Fact]
    public void Semicolon_separated_positions_are_claims_of_their_own_also_before_a_closing_cue()
    {
        var analysis = Analyze(Opening + "President Lind stressed that trust is the foundation of the relationship; cooperation is the only right choice for both sides.\n\n"
            + "When the two countries work together, they achieve a great deal; confrontation will be disastrous for both, she added.");

        analysis.Claims.Select(c => c.Text).Should().Equal(
            "President Lind stressed that trust is the foundation of the relationship",
            "cooperation is the only right choice for both sides.",
            "When the two countries work together, they achieve a great deal",
            "confrontation will be disastrous for both, she added.");
        analysis.Claims.Select(c => c.Speaker).Should().AllBe("Anna Lind");
        analysis.Claims.Select(c => c.SentenceIndex).Should().Equal(1, 1, 2, 2);
    }

    [Fact]
    public void A_semicolon_inside_brackets_holds_no_position()
    {
        var claims = LastSentence(Analyze(Opening + "President Lind reaffirmed the commitment of the United States (first made in Santiago; renewed in Washington last year) to the defense of Chile."));
        claims.Should().ContainSingle().Which.Text.Should().Contain("(first made in Santiago; renewed in Washington last year)");
    }

    [Fact]
    public void A_line_that_only_announces_the_overview_is_no_claim()
    {
        var analysis = Analyze(Opening + "The overview of the meeting is as follows.\n\n1. President Lind stressed the importance of the fishing agreement.");
        analysis.Sentences.Single(s => s.Text.StartsWith("The overview", StringComparison.Ordinal)).Kind.Should().Be(SentenceKind.Boilerplate);
        analysis.Claims.Should().NotContain(c => c.Text.Contains("overview", StringComparison.Ordinal));
    }

    [Fact]
    public void A_leading_participle_with_that_is_a_position_of_the_main_subject()
    {
        var claims = LastSentence(Analyze(Opening + "Noting that the two teams met in Geneva last month, President Lind said the meeting marked an important step forward."));

        claims.Select(c => c.Text).Should().Equal(
            "Noting that the two teams met in Geneva last month",
            "President Lind said the meeting marked an important step forward.");
        claims.Select(c => c.Cue).Should().Equal("noting", "said");
        claims.Select(c => c.Speaker).Should().AllBe("Anna Lind");
    }

    [Fact]
    public void A_report_of_discussion_and_a_participle_after_it_are_two_claims()
    {
        var claims = LastSentence(Analyze(Opening + "The meeting also included an exchange of views on information security, with both sides emphasising the importance of the dialogue."));

        claims.Select(c => c.Text).Should().Equal(
            "The meeting also included an exchange of views on information security",
            "with both sides emphasising the importance of the dialogue.");
        claims.Select(c => c.Speaker).Should().AllBe(Speakers.Both);
    }

    [Fact]
    public void A_trailing_attribution_names_the_speaker()
    {
        var claims = LastSentence(Analyze(Opening + "The two sides need to make good use of the new fisheries council, said Diaz.", side: "Chile"));
        claims.Should().ContainSingle().Which.Speaker.Should().Be("Omar Diaz");
    }

    [Fact]
    public void Sentences_of_different_speakers_never_share_a_claim_and_a_participant_subject_takes_the_sentence()
    {
        // As in the Chinese readout of the 2022-02-25 Putin-Xi call: a sentence without a cue whose subject is the other
        // leader ("President Putin set forth ...") is his, and so is "He noted ..." after it.
        var analysis = Analyze(
            "President Anna Lind held a phone call with Prime Minister Omar Diaz.\n\n"
            + "President Lind thanked Prime Minister Diaz for his visit.\n\n"
            + "Prime Minister Diaz set forth the history of the border dispute and his position. He noted that the border had been closed for years. He also expressed readiness to negotiate.\n\n"
            + "President Lind noted that the situation had changed.",
            side: "United States");

        analysis.Claims.Select(c => (c.SentenceIndex, c.Speaker)).Should().Equal(
            (1, "Anna Lind"), (2, "Omar Diaz"), (3, "Omar Diaz"), (4, "Omar Diaz"), (5, "Anna Lind"));
    }

    [Fact]
    public void A_sentence_opened_by_a_word_before_the_name_keeps_the_speech_before_it()
    {
        var analysis = Analyze(Opening + "President Lind stressed that the harbour matters.\nIf Prime Minister Diaz knew of the storm, why did the ships sail?");
        analysis.Claims.Select(c => c.Speaker).Should().AllBe("Anna Lind");
    }

    [Fact]
    public void Two_hundred_coordinated_ands_analyse_quickly_and_stay_well_formed()
    {
        var topics = Opening + "President Lind discussed " + string.Join(" and ", Enumerable.Repeat("the harbour", 200)) + ".";
        var verbs = Opening + "President Lind welcomed the new harbour plan" + string.Concat(Enumerable.Repeat(" and urged the ministry to act", 200)) + ".";
        var empty = Opening + "President Lind welcomed and" + string.Concat(Enumerable.Repeat(" and", 200)) + ".";
        var clock = Stopwatch.StartNew();

        LastSentence(Analyze(topics)).Should().ContainSingle();
        LastSentence(Analyze(verbs)).Should().HaveCount(201).And.OnlyContain(c => c.Speaker == "Anna Lind");
        LastSentence(Analyze(empty)).Should().ContainSingle();

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("President Lind welcomed and.")]
    [InlineData("President Lind welcomed the plan and ; ; and ; urged.")]
    [InlineData("President Lind stressed: first, ; second, .")]
    [InlineData("President Lind said , and that , and that .")]
    [InlineData("President Lind thanked the minister for ; for , and for")]
    [InlineData("; : , and as well as")]
    public void Empty_clauses_give_well_formed_claims(string sentence)
    {
        var analysis = Analyze(Opening + sentence);
        analysis.Claims.Should().OnlyContain(c => c.Text.Length > 0);
    }

    [Fact]
    public void Unicode_text_keeps_exact_spans()
    {
        const string sentence = "President Lind welcomed the plan for Zürich\u2019s \U0001F6A2 harbour and urged the Ministry of Stra\u00DFe to act\u00A0now; second, the \u201Cquotas\u201D of the se\u0301ason must respect the science.";
        var claims = LastSentence(Analyze(Opening + sentence));

        claims.Should().HaveCount(3);
        claims[1].Text.Should().StartWith("urged the Ministry of Stra\u00DFe");
        claims[2].Text.Should().StartWith("second, the \u201Cquotas\u201D");
        claims[2].Quoted.Should().BeTrue();
    }
}
