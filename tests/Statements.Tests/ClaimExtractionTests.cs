namespace Statements.Tests;

public class ClaimExtractionTests
{
    private static ReadoutAnalysis Analyze(string text, string side = "United States") =>
        ReadoutAnalyzer.Default.Analyze(Readout.Parse(text, side: side));

    [Fact]
    public void The_extractor_refuses_a_sentence_span_outside_the_text_and_reads_one_inside_it()
    {
        const string text = "President Biden said the talks were good.";
        var extractor = Statements.Claims.RuleClaimExtractor.Instance;

        var act = () => extractor.Extract(text, [new Statements.Sentences.SentenceSpan(new Span(0, 100), 0, false)], [true], [], "United States");
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*inside the text of 41 characters*");

        extractor.Extract(text, [new Statements.Sentences.SentenceSpan(new Span(0, text.Length), 0, false)], [true], [], "United States")
            .Should().ContainSingle().Which.Span.Should().Be(new Span(0, text.Length));
    }

    [Fact]
    public void Two_reporting_verbs_with_their_own_subjects_make_two_claims()
    {
        var analysis = Analyze("President Anna Lind spoke with President Omar Diaz of Chile. President Lind raised concerns over fishing quotas, and she emphasized the value of open markets.");

        analysis.Claims.Should().HaveCount(2);
        analysis.Claims[0].Text.Should().Be("President Lind raised concerns over fishing quotas");
        analysis.Claims[0].Cue.Should().Be("raised concerns");
        analysis.Claims[1].Text.Should().Be("she emphasized the value of open markets.");
        analysis.Claims.Select(c => c.Speaker).Should().AllBe("Anna Lind");
    }

    [Fact]
    public void A_sentence_that_only_says_the_call_happened_is_narration()
    {
        var analysis = Analyze("President Anna Lind spoke today with President Omar Diaz of Chile.");
        analysis.Claims.Should().BeEmpty();
        analysis.Sentences.Single().Kind.Should().Be(SentenceKind.Narration);
    }

    [Theory]
    [InlineData("President Anna Lind spoke by phone with President Omar Diaz of Chile on April 20 – one of their regular conversations.")]
    [InlineData("The two presidents held a telephone conversation.")]
    [InlineData("President Anna Lind spoke today with President Omar Diaz of Chile.")]
    [InlineData("President Anna Lind spoke on Thursday, April 20, with President Omar Diaz of Chile.")]
    [InlineData("President Anna Lind spoke this evening from the Oval Office in Washington with President Omar Diaz of Chile.")]
    public void An_engagement_with_its_counterpart_is_narration(string sentence)
    {
        var analysis = Analyze(sentence);
        analysis.Claims.Should().BeEmpty();
    }

    [Fact]
    public void A_with_outside_the_engagement_verbs_clause_does_not_make_a_position_narration()
    {
        // From the Élysée's readout of 2023-04-20: "has" is an engagement verb ("has a call with"), but here "with" belongs
        // to a later phrase, so the sentence is a position, not a report that talks took place.
        var analysis = Analyze("President Anna Lind shared the results of her visit to Lima. Peru has a role to play, in the medium term, in helping to end the conflict in compliance with the purposes of the UN Charter.");
        analysis.Claims.Should().HaveCount(2);
        analysis.Claims[1].Text.Should().StartWith("Peru has a role to play");
    }

    [Theory]
    [InlineData("The two leaders welcomed the new trade office.")]
    [InlineData("Both sides agreed to meet again.")]
    [InlineData("They discussed the harvest.")]
    public void Joint_subjects_give_the_speaker_both(string sentence)
    {
        var analysis = Analyze("President Anna Lind spoke with President Omar Diaz of Chile. " + sentence);
        analysis.Claims.Single().Speaker.Should().Be(Speakers.Both);
    }

    [Fact]
    public void Reported_speech_keeps_its_speaker_until_a_narrator_frame()
    {
        var analysis = Analyze(
            "President Omar Diaz spoke with U.S. President Anna Lind.\n\nPresident Diaz stressed that trust is the foundation. The two countries should work together. Progress must continue.\n\nThe call lasted an hour.",
            side: "Chile");

        analysis.Claims.Select(c => c.Speaker).Should().Equal("Omar Diaz", "Omar Diaz", "Omar Diaz", Speakers.Narrator);
        analysis.Claims.Select(c => c.SpeakerInferred).Should().Equal(false, true, true, false);
    }

    [Fact]
    public void A_role_resolves_to_the_participant_of_that_country()
    {
        var analysis = Analyze("President Anna Lind spoke with President Omar Diaz of Chile. The Chilean leader noted the drought. The President underscored her support.");
        analysis.Claims.Select(c => c.Speaker).Should().Equal("Omar Diaz", "Anna Lind");
        analysis.Claims[1].CueStrength.Should().Be(3);
    }

    [Fact]
    public void A_participle_after_a_comma_is_a_second_claim_of_the_same_speaker()
    {
        var analysis = Analyze("President Anna Lind spoke with President Omar Diaz of Chile. The leaders discussed the outcomes of the summit, noting the importance of steady progress.");
        analysis.Claims.Should().HaveCount(2);
        analysis.Claims[1].Text.Should().StartWith("noting the importance");
        analysis.Claims[1].Speaker.Should().Be(Speakers.Both);
    }

    [Theory]
    [InlineData("President Lind said the country does not support the blockade.", true)]
    [InlineData("President Lind said the country has no intention to seek conflict.", true)]
    [InlineData("President Lind said the world is neither calm nor stable.", true)]
    [InlineData("President Lind called for a floor of no conflict and no confrontation.", false)]
    [InlineData("President Lind said the talks were useful.", false)]
    public void Verbal_negation_marks_a_claim_negated(string sentence, bool negated)
    {
        Analyze("President Anna Lind spoke with President Omar Diaz of Chile. " + sentence).Claims.Single().Negated.Should().Be(negated);
    }

    [Theory]
    [InlineData("President Lind said the two sides must respect each other.", Modality.Obligation)]
    [InlineData("President Lind said the country will keep its promises.", Modality.Intention)]
    [InlineData("President Lind said sanctions would follow if troops cross the line.", Modality.Condition)]
    [InlineData("President Lind expressed hope for a lasting peace.", Modality.Hope)]
    [InlineData("President Lind noted the harvest was good.", Modality.Assertion)]
    public void Modality_is_read_from_the_claim(string sentence, Modality modality)
    {
        Analyze("President Anna Lind spoke with President Omar Diaz of Chile. " + sentence).Claims.Single().Modality.Should().Be(modality);
    }

    [Fact]
    public void A_passive_reporting_verb_is_not_a_cue()
    {
        var analysis = Analyze("President Anna Lind spoke with President Omar Diaz of Chile.\n\nPresident Diaz noted the new treaty. The treaty is welcomed by both societies.", side: "Chile");
        analysis.Claims.Should().HaveCount(2);
        analysis.Claims[1].Cue.Should().BeNull();
        analysis.Claims[1].Speaker.Should().Be("Omar Diaz");
    }

    [Fact]
    public void A_capitalised_cue_word_inside_a_name_is_not_a_cue()
    {
        var analysis = Analyze("President Anna Lind spoke with President Omar Diaz of Chile.\n\nPresident Diaz stressed that ties matter. Chile and the United States should not drift apart.", side: "Chile");
        analysis.Claims[1].Cue.Should().BeNull();
        analysis.Claims[1].Speaker.Should().Be("Omar Diaz");
    }

    [Fact]
    public void Claim_spans_point_at_their_text_in_the_original()
    {
        const string text = "President\u00A0Anna Lind spoke with President Omar Diaz of Chile.\r\n\r\nPresident Lind \u201Cstrongly\u201D emphasized the alliance\u2019s value.";
        var analysis = Analyze(text);
        foreach (var claim in analysis.Claims)
        {
            text.Substring(claim.Span.Start, claim.Span.Length).Should().Be(claim.Text);
        }

        analysis.Claims.Should().ContainSingle(c => c.Quoted);
    }

    [Fact]
    public void Empty_text_gives_an_empty_analysis()
    {
        var analysis = Analyze("   \n ");
        analysis.Sentences.Should().BeEmpty();
        analysis.Claims.Should().BeEmpty();
        analysis.ToneScore.Should().BeNull();
    }
}

public class SpeakerRuleTests
{
    private static ReadoutAnalysis Analyze(string text, string side) => ReadoutAnalyzer.Default.Analyze(Readout.Parse(text, side: side));

    [Fact]
    public void Two_participants_joined_by_and_are_both()
    {
        var analysis = Analyze("Omar Diaz, director of the Office of Fisheries, and U.S. Envoy Anna Lind had candid discussions on quotas.", "Chile");
        analysis.Claims.Single().Speaker.Should().Be(Speakers.Both);
    }

    [Fact]
    public void A_subject_before_an_appositive_holds_the_claim()
    {
        var analysis = Analyze("President Omar Diaz met U.S. President Anna Lind.\n\nDiaz, also head of the party, fully expounded the position on fishing.", "Chile");
        analysis.Claims.Single().Speaker.Should().Be("Omar Diaz");
    }

    [Fact]
    public void A_base_form_cue_after_continued_to_is_a_cue()
    {
        var analysis = Analyze("President Omar Diaz met U.S. President Anna Lind.\n\nThe Chilean leader continued to emphasize that trade must be fair.", "Chile");
        analysis.Claims.Single().Cue.Should().Be("emphasize");
        analysis.Claims.Single().Speaker.Should().Be("Omar Diaz");
    }

    [Fact]
    public void A_cue_without_a_subject_inside_reported_speech_keeps_the_speaker()
    {
        var analysis = Analyze("President Omar Diaz met U.S. President Anna Lind.\n\nPresident Lind said trade matters. The US is ready to talk, stay committed to the treaty, and manage differences.", "Chile");
        analysis.Claims.Select(c => c.Speaker).Should().AllBe("Anna Lind");
    }
}

public class ComplementRuleTests
{
    [Fact]
    public void A_cue_inside_a_that_complement_after_a_bare_comma_is_not_a_new_claim()
    {
        var analysis = ReadoutAnalyzer.Default.Analyze(Readout.Parse(
            "President Omar Diaz met U.S. President Anna Lind.\n\nPresident Diaz noted that when the two presidents met in Lima last year, they set out a shared vision.", side: "Chile"));
        analysis.Claims.Should().ContainSingle().Which.Speaker.Should().Be("Omar Diaz");
    }

    [Fact]
    public void A_coordinated_clause_after_a_complement_is_still_a_new_claim()
    {
        var analysis = ReadoutAnalyzer.Default.Analyze(Readout.Parse(
            "President Omar Diaz met U.S. President Anna Lind.\n\nPresident Diaz noted that copper prices fell, and President Lind stressed the value of open markets.", side: "Chile"));
        analysis.Claims.Select(c => c.Speaker).Should().Equal("Omar Diaz", "Anna Lind");
    }
}
