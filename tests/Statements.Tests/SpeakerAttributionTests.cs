using System.Diagnostics;
using System.Text;
using Statements.Serialization;

namespace Statements.Tests;

/// <summary>
/// Speakers on readout styles the rules were first written without (issue 22): cues the list lacked, joint subjects, purpose
/// clauses, replies, name forms, first-person statements, speech that runs on, agentless frames, countries as subjects,
/// and the flag that tells an inferred speaker from a stated one. Every sentence here is made up; the people are not real.
/// </summary>
public sealed class SpeakerAttributionTests
{
    private const string Opening = "President Anna Lind spoke with President Omar Diaz of Chile. ";

    private static ReadoutAnalysis Analyze(string text, string side = "United States", string? title = null, string? publisher = null) =>
        ReadoutAnalyzer.Default.Analyze(Readout.Parse(text, side: side) with { Title = title, Publisher = publisher });

    private static Claim ClaimWith(ReadoutAnalysis analysis, string words) => analysis.Claims.Single(c => c.Text.Contains(words, StringComparison.Ordinal));

    // ---- cues the list lacked ----

    [Theory]
    [InlineData("President Diaz paid tribute to the rescue crews of the northern floods.", "paid tribute to")]
    [InlineData("President Diaz updated President Lind on the harvest negotiations.", "updated")]
    [InlineData("President Diaz briefed President Lind on the new port in Valparaiso.", "briefed")]
    [InlineData("President Diaz offered his congratulations on the election result.", "offered")]
    [InlineData("President Diaz extended warm congratulations to the American people.", "extended")]
    [InlineData("President Diaz gave an account of the damage done by the floods.", "gave an account of")]
    [InlineData("President Diaz set forth his view of the fishing quotas.", "set forth")]
    [InlineData("President Diaz asked for understanding of the delay at the border.", "asked")]
    [InlineData("President Diaz passed on his condolences on the loss of two sailors.", "passed on")]
    [InlineData("President Diaz reflected on the long friendship of the two nations.", "reflected on")]
    [InlineData("President Diaz recounted his visit to the flooded northern ports.", "recounted")]
    public void Cues_the_list_lacked_give_the_subject_a_cued_claim(string sentence, string cue)
    {
        var claim = Analyze(Opening + sentence).Claims.Single();
        claim.Cue.Should().Be(cue);
        claim.Speaker.Should().Be("Omar Diaz");
        claim.SpeakerInferred.Should().BeFalse();
    }

    [Theory]
    [InlineData("President Diaz replied that the delay was acceptable.")]
    [InlineData("President Diaz responded that the quotas would stay.")]
    public void A_reply_switches_the_speaker_and_the_speech_stays_switched(string reply)
    {
        var analysis = Analyze(Opening + "President Lind said the quotas were too low. " + reply + " He went on to say that trade would grow.");
        analysis.Claims.Select(c => c.Speaker).Should().Equal("Anna Lind", "Omar Diaz", "Omar Diaz");
        analysis.Claims[2].SpeakerInferred.Should().BeTrue("\"he\" is carried over from the reply");
    }

    // ---- joint subjects ----

    [Theory]
    [InlineData("The President and Prime Minister discussed the harvest.")]
    [InlineData("The Prime Minister and the President agreed to meet again in May.")]
    [InlineData("The President and Prime Minister then discussed the new port.")]
    [InlineData("The Prime Minister and President-elect agreed to stay in close contact.")]
    [InlineData("The Presidents of Zealandia and the United States discussed fishing quotas.")]
    [InlineData("New Zealand and the United States will work together on ports.")]
    [InlineData("The two leaders assessed the situation in the region from a common perspective.")]
    [InlineData("The leaders reflected on their shared commitment to open seas.")]
    [InlineData("The interlocutors reaffirmed the unity of their positions.")]
    public void Two_participants_roles_or_countries_joined_by_and_are_both(string sentence)
    {
        var analysis = Analyze("The Prime Minister of Zealandia, Ana Moana, spoke with the President of the United States, Anna Lind. " + sentence, side: "Zealandia");
        analysis.Claims.Single().Speaker.Should().Be(Speakers.Both);
    }

    [Fact]
    public void A_role_with_no_country_is_the_participant_who_holds_the_title_on_either_side()
    {
        var analysis = Analyze("Today, Prime Minister Ana Moana spoke with the President of the United States of America, Anna Lind.\n\nThe President welcomed the new port.", side: "Zealandia");

        analysis.Participants.Select(p => p.Name).Should().Equal("Ana Moana", "Anna Lind");
        analysis.Claims.Single().Speaker.Should().Be("Anna Lind");
    }

    [Fact]
    public void Our_President_is_the_readouts_own_side()
    {
        var analysis = Analyze("Vladimir Sokolov had a telephone conversation with President Anna Lind of the United States. Our President detailed the principled approaches of the government.", side: "Russia");
        analysis.Claims.Single().Speaker.Should().Be("Vladimir Sokolov");
    }

    // ---- purpose clauses and subjects that open a sentence ----

    [Theory]
    [InlineData("President Anna Lind called President Omar Diaz of Chile today to express her outrage at the attack.")]
    [InlineData("President Anna Lind spoke today with President Omar Diaz of Chile to thank him for his support.")]
    [InlineData("President Anna R. Lind, Jr. spoke today with President Omar Diaz of Chile to congratulate him on his election.")]
    [InlineData("President Anna R. Lind, Jr., joined by Vice President Mark Tell, spoke today with President Omar Diaz of Chile to underscore that the United States will never recognize the annexation.")]
    [InlineData("President Anna Lind, accompanied by the Secretary of State, called President Omar Diaz of Chile today to express her outrage at the attack.")]
    public void A_purpose_clause_is_the_callers(string sentence)
    {
        Analyze(sentence).Claims.Single().Speaker.Should().Be("Anna Lind");
    }

    [Theory]
    [InlineData("President Anna Lind spoke today with President Omar Diaz of Chile to discuss the floods.")]
    [InlineData("Today, President Anna R. Lind, Jr. held a video call with President Omar Diaz of Chile to discuss the floods.")]
    [InlineData("President Omar Diaz spoke with Anna Lind to discuss the floods.")]
    [InlineData("President Omar Diaz discussed the floods during a telephone conversation with Anna Lind, President of the United States.")]
    [InlineData("President Anna Lind discussed the floods with President Omar Diaz.")]
    public void A_discussion_with_the_other_participant_is_both_sides(string sentence)
    {
        // The gold of the probe's Tokyo, Ottawa, New Delhi and Abu Dhabi pairs: a report that one leader discussed a matter
        // with the other is a position of both, as "The two leaders discussed ..." is.
        var analysis = Analyze(sentence);
        analysis.Participants.Select(p => p.Name).Should().Contain(["Anna Lind", "Omar Diaz"]);
        analysis.Claims.Single().Speaker.Should().Be(Speakers.Both);
    }

    [Fact]
    public void A_reply_after_to_which_is_the_other_leaders_claim()
    {
        // The Japanese Ministry of Foreign Affairs: "Prime Minister Suga offered his congratulations to President Biden on his
        // inauguration ..., to which President Biden expressed his gratitude."
        var analysis = Analyze("Prime Minister Omar Diaz offered his congratulations to President Anna Lind on her inauguration, to which President Lind expressed her gratitude.", side: "Chile");
        analysis.Claims.Select(c => (c.Speaker, c.Text)).Should().Equal(
            ("Omar Diaz", "Prime Minister Omar Diaz offered his congratulations to President Anna Lind on her inauguration"),
            ("Anna Lind", "to which President Lind expressed her gratitude."));
    }

    [Fact]
    public void A_relative_after_with_which_stays_in_the_position_around_it()
    {
        Analyze("President Anna Lind appreciated the seriousness with which President Omar Diaz had addressed the concerns.")
            .Claims.Single().Speaker.Should().Be("Anna Lind");
    }

    [Theory]
    [InlineData("Today President Anna Lind spoke with Prime Minister Omar Diaz of Chile to discuss the floods.", Speakers.Both)]
    [InlineData("This afternoon President Anna Lind called Prime Minister Omar Diaz of Chile to express her condolences.", "Anna Lind")]
    public void A_phrase_of_time_before_the_subject_without_a_comma_does_not_hide_it(string sentence, string speaker)
    {
        // The White House's "Today President Biden spoke with Prime Minister Justin Trudeau of Canada to discuss ..." had
        // given the call to Trudeau, the last name before the cue (counterpart-cues.txt, key time).
        Analyze(sentence).Claims.Single().Speaker.Should().Be(speaker);
    }

    [Fact]
    public void A_label_holds_for_the_rest_of_its_paragraph()
    {
        var analysis = Analyze("President Anna Lind spoke with Prime Minister Omar Diaz of Chile.\n\nPrime Minister Omar Diaz: Madam President, good afternoon. Relations between our countries are going through a difficult period.", side: "Chile");
        ClaimWith(analysis, "Relations between").Speaker.Should().Be("Omar Diaz");
    }

    [Fact]
    public void A_capitalised_US_is_the_country_not_we()
    {
        // Review: with a publisher line naming a person, "The US will provide ..." had made that person the author.
        var analysis = Analyze("The President of Chile held a phone call with US President Anna Lind. The US will provide an additional relief package.",
            side: "Chile", publisher: "Omar Diaz, President of Chile (Telegram channel)");
        analysis.Claims.Should().NotContain(c => c.Speaker == "Omar Diaz" && c.Text.Contains("relief package", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The two leaders agreed to maintain close communication, said the Chilean Foreign Ministry in a statement on Monday.")]
    [InlineData("The two leaders agreed to maintain close communication, said Xinhua in its report on the call.")]
    public void An_attribution_after_the_words_is_no_verb_of_a_list(string sentence)
    {
        LastClaims(Analyze("President Anna Lind spoke with Prime Minister Omar Diaz of Chile.\n\n" + sentence)).Should().ContainSingle();
    }

    [Fact]
    public void Recounts_as_a_noun_is_no_cue()
    {
        Analyze("President Anna Lind spoke with Prime Minister Omar Diaz of Chile.\n\nThe President discussed the ongoing recounts in several northern counties with the Prime Minister.")
            .Claims[^1].Speaker.Should().Be(Speakers.Both, "the discussion with the Prime Minister is both sides'; 'recounts' here is a noun");
    }

    private static Claim[] LastClaims(ReadoutAnalysis analysis) =>
        [.. analysis.Claims.Where(c => c.SentenceIndex == analysis.Claims[^1].SentenceIndex)];

    [Fact]
    public void A_discussion_verb_after_an_article_is_an_adjective_not_a_cue()
    {
        // The Kremlin: "It was thus a coordinated effort to pump out hysteria ..." had been a report of discussion by both.
        var analysis = Analyze("President Anna Lind spoke with Prime Minister Omar Diaz of Chile today.\n\nIt was thus a coordinated effort to spread alarm about the harbour.");
        analysis.Claims.Should().NotContain(c => c.Cue == "coordinated" || c.Text.Contains("coordinated", StringComparison.Ordinal) && c.Speaker == Speakers.Both);
        Analyze("President Anna Lind spoke with Prime Minister Omar Diaz of Chile today.\n\nThe leaders coordinated on the relief effort for the harbour.")
            .Claims.Should().Contain(c => c.Cue == "coordinated" && c.Speaker == Speakers.Both);
    }

    [Theory]
    [InlineData("The President has been continually briefed by his national security team since the storm began.")]
    [InlineData("President Anna Lind was updated by her team on the relief operation.")]
    public void A_participant_told_by_someone_else_holds_no_claim(string sentence)
    {
        // The White House, 2023-02-11: "... and the President has been continually briefed by his national security team
        // since ..." had been Biden's claim; he is told, not telling.
        var analysis = Analyze("President Anna Lind spoke with Prime Minister Omar Diaz of Chile today.\n\n" + sentence);
        analysis.Claims.Where(c => c.SentenceIndex == analysis.Claims[^1].SentenceIndex).Should().OnlyContain(c => c.Speaker == Speakers.Narrator);
    }

    [Fact]
    public void A_post_that_says_only_we_is_the_author_its_publisher_line_names()
    {
        // Kyiv's president on X: "Had a great conversation with @POTUS. Thanked for the unwavering U.S. support ... We
        // discussed ..." never says "I"; the thanks had been the narrator's.
        var analysis = Analyze("Had a great conversation with President Anna Lind. Thanked for the unwavering support for our people. We discussed the next steps on our path.",
            side: "Chile", publisher: "Omar Diaz, President of Chile (post on X)");
        ClaimWith(analysis, "Thanked").Speaker.Should().Be("Omar Diaz");

        // A readout of his meeting, not by him, may speak of "our nation": the title alone makes no author of a "we".
        Analyze("This afternoon, the President held a virtual meeting with House leaders. The President and House leaders agreed that the American people cannot wait and that our economy needs the bill.",
            side: "United States", title: "Readout of President Omar Diaz's Meeting with House Leadership")
            .Claims.Should().NotContain(c => c.Speaker == "Omar Diaz");
    }

    [Fact]
    public void A_label_before_a_colon_gives_the_words_after_it_to_the_participant_it_names()
    {
        // A summary in dialogue form, as a Japanese daily printed one of a leaders' call: "Prime Minister Kishida Fumio: The
        // Japan-U.S. alliance will remain ...", "Both leaders: We will work ...". The labels had left every line the narrator's.
        var analysis = Analyze(
            "The following is the gist of the call between Prime Minister Omar Diaz of Chile and President Anna Lind of the United States.\n\n"
            + "Prime Minister Omar Diaz: The alliance will remain the cornerstone of our foreign policy.\n\n"
            + "President Anna Lind: The United States is committed to the defense of the northern ports.\n\n"
            + "Both leaders: We will work to strengthen the alliance.\n\n"
            + "Question: Will the leaders meet soon?\n\n"
            + "BEIJING: The ports were closed for a week.",
            side: "Chile");
        ClaimWith(analysis, "cornerstone").Speaker.Should().Be("Omar Diaz");
        ClaimWith(analysis, "northern ports").Speaker.Should().Be("Anna Lind");
        ClaimWith(analysis, "strengthen the alliance").Speaker.Should().Be(Speakers.Both);
        ClaimWith(analysis, "meet soon").Speaker.Should().Be(Speakers.Narrator);
        ClaimWith(analysis, "ports were closed").Speaker.Should().Be(Speakers.Narrator);
    }

    [Theory]
    [InlineData("President Omar Diaz and his US counterpart, Anna Lind agreed to expedite the trade agreement.")]
    [InlineData("President Omar Diaz and his American counterpart agreed to expedite the trade agreement.")]
    [InlineData("President Omar Diaz and his counterpart, President Anna Lind, agreed to expedite the trade agreement.")]
    public void A_leader_and_his_counterpart_are_both(string sentence)
    {
        // Kenya's presidency: "President William Ruto and his US counterpart, Joe Biden agreed to expedite ..." had been
        // given to Biden, the name after the comma (counterpart-cues.txt, keys possessive and noun).
        Analyze(sentence, side: "Chile").Claims.Single().Speaker.Should().Be(Speakers.Both);
    }

    [Fact]
    public void A_counterpart_inside_an_opening_phrase_is_no_joint_subject()
    {
        // Review: "Following a call between President Biden and his Japanese counterpart, Prime Minister Kishida said ..."
        // had become both sides'.
        Analyze("Following a call between President Anna Lind and her Chilean counterpart, Prime Minister Omar Diaz said that Chile would increase its defense spending.", side: "Chile")
            .Claims.Single().Speaker.Should().Be("Omar Diaz");
    }

    [Fact]
    public void A_leader_and_his_counterparts_of_other_offices_stay_the_leaders()
    {
        // Plural counterparts are other officials, not the other leader.
        Analyze("President Anna Lind spoke with President Omar Diaz of Chile. President Omar Diaz and his counterparts also discussed the floods.", side: "Chile")
            .Claims.Single(c => c.Text.Contains("floods", StringComparison.Ordinal)).Speaker.Should().Be("Omar Diaz");
    }

    [Fact]
    public void A_discussion_with_the_other_participant_does_not_make_the_verb_joined_to_it_both_sides()
    {
        var analysis = Analyze("President Anna Lind discussed the floods with President Omar Diaz and reaffirmed her support for the relief effort.");
        analysis.Claims.Select(c => c.Speaker).Should().Equal(Speakers.Both, "Anna Lind");
    }

    [Theory]
    [InlineData("President Anna Lind spoke with President Omar Diaz of Chile. President Anna Lind discussed the floods and reaffirmed her solidarity with President Diaz.")]
    [InlineData("President Anna Lind spoke with President Omar Diaz of Chile. President Anna Lind discussed the floods and said she would work with President Diaz.")]
    [InlineData("President Anna Lind spoke with President Omar Diaz of Chile. President Anna Lind discussed her meeting with President Diaz's envoy.")]
    public void A_with_after_the_next_cue_or_before_a_possessive_is_no_discussion_with_the_other(string text)
    {
        Analyze(text).Claims.Where(c => c.Text.Contains("discussed", StringComparison.Ordinal)).Should().OnlyContain(c => c.Speaker == "Anna Lind");
    }

    [Theory]
    [InlineData("President Anna Lind discussed her plan to rebuild the northern ports. President Omar Diaz thanked her.")]
    [InlineData("President Anna Lind met with her national security team to discuss the floods. President Omar Diaz thanked her.")]
    public void A_discussion_without_the_other_participant_stays_its_subjects(string text)
    {
        // "The President discussed his vision for ..." is his own account, and "with him" is not read for a name.
        Analyze(text).Claims[0].Speaker.Should().Be("Anna Lind");
    }

    [Fact]
    public void A_role_whose_title_the_counterpart_holds_is_the_own_sides_when_both_stand_in_one_sentence()
    {
        // Downing Street never names its own Prime Minister: "The Prime Minister spoke to the Prime Minister of Australia,
        // Anthony Albanese, this morning. The Prime Minister began by congratulating the Australian leader ...".
        var analysis = Analyze(
            "The Prime Minister spoke to the Prime Minister of Chile, Omar Diaz, this morning. The Prime Minister began by congratulating him on his election. Prime Minister Diaz thanked him.",
            side: "United Kingdom");
        analysis.Participants.Should().Contain(p => p.Name == "the Prime Minister" && p.Country == "United Kingdom");
        analysis.Claims.Select(c => c.Speaker).Should().Equal("the Prime Minister", "the Prime Minister", "Omar Diaz");
    }

    [Fact]
    public void A_role_is_the_counterparts_when_the_own_side_has_no_holder_in_its_sentence()
    {
        // The White House: "The Prime Minister" is the counterpart, named with his title in an earlier sentence.
        var analysis = Analyze("President Anna Lind spoke today with Prime Minister Omar Diaz of Chile. The Prime Minister thanked her for her support.");
        analysis.Participants.Select(p => p.Name).Should().BeEquivalentTo(["Anna Lind", "Omar Diaz"]);
        analysis.Claims.Single().Speaker.Should().Be("Omar Diaz");
    }

    [Fact]
    public void After_a_discussion_of_both_he_or_she_is_still_its_subject()
    {
        var analysis = Analyze("President Anna Lind spoke today with President Omar Diaz of Chile to discuss the floods. She underscored that aid is on its way.");
        analysis.Claims.Select(c => c.Speaker).Should().Equal(Speakers.Both, "Anna Lind");
    }

    [Theory]
    [InlineData("President Anna Lind held a telephone call with President Omar Diaz of Chile and reaffirmed the bilateral alliance.", "Anna Lind")]
    [InlineData("President Anna Lind spoke today with President Omar Diaz of Chile and also thanked him for his support.", "Anna Lind")]
    [InlineData("Omar Diaz had a telephone conversation with President of the United States Anna Lind and stressed the need for calm.", "Omar Diaz")]
    [InlineData("President Omar Diaz met with President Anna Lind and confirmed that the two countries will coordinate closely.", "Omar Diaz")]
    public void A_verb_joined_to_a_clause_of_engagement_is_its_subjects_not_the_counterpart_named_last(string sentence, string speaker)
    {
        // Kremlin, Seoul and Tokyo readouts (and the White House's for the Vice President) open so: the counterpart is the
        // last name before the cue, but the cue's verb shares the engagement's subject.
        Analyze(sentence).Claims.Single().Speaker.Should().Be(speaker);
    }

    [SkippableTheory]
    [InlineData("2025-01-08-readout-of-vice-president-harriss-call-with-president-william-ruto-of-kenya.txt", "thanked him for his partnership")]
    [InlineData("2025-01-08-readout-of-vice-president-harriss-call-with-chancellor-scholz-of-germany.txt", "spoke today with Chancellor Olaf Scholz")]
    public void On_real_White_House_readouts_the_verb_after_the_call_is_the_Vice_Presidents(string file, string words)
    {
        var readout = Readout.Load(Path.Combine(SharedCorpus.Require(), "corpus", "wh-readouts", file));
        ClaimWith(ReadoutAnalyzer.Default.Analyze(readout), words).Speaker.Should().Be("Kamala Harris");
    }

    [Theory]
    [InlineData("President Anna Lind spoke with President Omar Diaz of Chile, and President Diaz thanked her for her support.", "Omar Diaz")]
    [InlineData("President Anna Lind welcomed the agreement reached with President Omar Diaz and stressed the need for calm.", "Anna Lind")]
    public void A_verb_with_a_subject_of_its_own_or_after_another_report_keeps_its_own_reading(string sentence, string speaker)
    {
        Analyze(sentence).Claims[^1].Speaker.Should().Be(speaker);
    }

    [Fact]
    public void A_quoted_position_of_both_leaders_is_both_and_the_quotation_runs_on_in_its_speakers_voice()
    {
        // The New Zealand readout of 2021-07-15 quotes its Prime Minister so; the gold holds both leaders to the first.
        var analysis = Analyze(Opening + "\u201CPresident Diaz and I discussed the harvest agreement and the importance of working together\u201D, Anna Lind said.\n\n"
            + "\u201CI raised the fishing quotas in the south.\n\n"
            + "\u201CWe also discussed the floods in the north.\u201D", side: "United States");
        ClaimWith(analysis, "harvest agreement").Speaker.Should().Be(Speakers.Both);
        ClaimWith(analysis, "working together").Speaker.Should().Be(Speakers.Both);
        ClaimWith(analysis, "fishing quotas").Speaker.Should().Be("Anna Lind", "the quotation goes on in her voice, not in both leaders'");
        ClaimWith(analysis, "floods in the north").Speaker.Should().Be(Speakers.Both);
    }

    [Theory]
    [InlineData("\u201CWe are ready to discuss them in different formats,\u201D said President Diaz.", "the cue does not follow \"we\"")]
    [InlineData("\u201CWe stressed that we must win this war,\u201D said President Diaz.", "no report of discussion, no joint word")]
    [InlineData("\u201CThe President and the Foreign Minister discussed the floods,\u201D said President Diaz.", "no first person")]
    public void A_quotation_in_the_first_person_that_holds_no_one_else_is_its_speakers(string sentence, string because)
    {
        Analyze(Opening + sentence).Claims[^1].Speaker.Should().Be("Omar Diaz", because);
    }

    [Fact]
    public void A_call_topic_with_about_stays_the_publishers()
    {
        Analyze("President Anna Lind spoke today with President Omar Diaz of Chile about the floods in the south.").Claims.Single().Speaker.Should().Be(Speakers.Narrator);
    }

    [Theory]
    [InlineData("The President of Chile gave a long overview of the floods.", "Omar Diaz")]
    [InlineData("Speaking about the floods, Omar Diaz made a mention of new dams.", "Omar Diaz")]
    [InlineData("President Diaz was clear that, if fishing fleets undertake new raids, Chile will respond.", "Omar Diaz")]
    public void A_participant_or_role_that_opens_a_sentence_holds_it(string sentence, string speaker)
    {
        Analyze(Opening + "President Lind said the quotas were too low. " + sentence).Claims[^1].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Out of an abundance of caution and at the recommendation of their ministers of the sea, President Lind and President Diaz closed the harbour.", Speakers.Both)]
    [InlineData("Following on from the talks in Santiago on 8 February 2023 with the Peruvian President and the Bolivian minister, President Diaz called for new dams.", "Omar Diaz")]
    [InlineData("Noting the critical situation in the south after the recent floods and the landslides, the two leaders agreed to send engineers.", Speakers.Both)]
    public void A_long_opening_phrase_that_a_preposition_or_participle_opens_does_not_hide_the_subject_after_it(string sentence, string speaker)
    {
        // The Canadian "Out of an abundance of caution and at the recommendation of their militaries, President Biden and
        // Prime Minister Trudeau authorized ..." and the Elysée "Following on from the discussions in Paris on 8 February 2023
        // with the Ukrainian President and German Chancellor, President Macron talked to ...": thirteen tokens and more.
        Analyze(Opening + sentence).Claims.Single().Speaker.Should().Be(speaker);
    }

    [Fact]
    public void A_long_clause_before_a_comma_is_not_an_opening_phrase()
    {
        // A finite verb inside it ("were") makes it a clause of its own, whose comma opens no subject.
        // The White House: "Joining President Biden on the call was Prime Minister Trudeau of Canada, President von der Leyen
        // of the European Commission, ...": a list of those on the call, no one's claim.
        var analysis = Analyze(Opening + "Joining President Lind on the call was Prime Minister Moana of Zealandia, President von der Leyen of the European Commission, and Chancellor Weber of Austria.");

        analysis.Claims.Single().Speaker.Should().Be(Speakers.Narrator);
    }

    [Fact]
    public void A_sentence_without_a_cue_after_a_deed_of_a_named_speaker_is_the_publishers()
    {
        // "Through the ... Act, President Biden secured the first-ever federal funding stream ... . Because CVI programs need
        // more resources ...": a deed, then the publisher's account.
        var analysis = Analyze(Opening + "President Lind secured new funding for the harbour. Dozens of shelters remain open in the south.");

        analysis.Claims.Select(c => c.Speaker).Should().Equal("Anna Lind", Speakers.Narrator);
    }

    // ---- name forms ----

    [Theory]
    [InlineData("European Commission President Ursula von der Leyen", "Von der Leyen emphasized the risks of delay.", "Ursula von der Leyen")]
    [InlineData("President Moon Jae-in of Korea", "Moon stressed the value of the alliance.", "Moon Jae-in")]
    [InlineData("Prime Minister Suga Yoshihide of Japan", "Suga underlined the importance of open seas.", "Suga Yoshihide")]
    [InlineData("Crown Prince Mohammed bin Salman", "Bin Salman welcomed the new port.", "Mohammed bin Salman")]
    [InlineData("Amir Sheikh Tamim bin Hamad al-Thani of Qatar", "Sheikh Tamim welcomed the new port.", "Tamim bin Hamad al-Thani")]
    [InlineData("Amir Sheikh Tamim Bin Hamad Al-Thani of Qatar", "Sheikh Tamim welcomed the new port.", "Tamim Bin Hamad Al-Thani")]
    [InlineData("President Luiz Inácio Lula da Silva of Brazil", "Lula welcomed the new port.", "Luiz Inácio Lula da Silva")]
    public void Name_forms_particles_hyphens_and_family_names_first_resolve_by_surname(string introduced, string sentence, string speaker)
    {
        var analysis = Analyze("President Anna Lind spoke today with " + introduced + ". " + sentence);
        analysis.Participants.Select(p => p.Name).Should().Contain(speaker);
        analysis.Claims.Single().Speaker.Should().Be(speaker);
    }

    [Fact]
    public void Unicode_names_resolve()
    {
        var analysis = Analyze("President Zoë Ångström spoke with President Ñandú Çelik of Türkiye. Ångström welcomed the accord. President Çelik stressed the value of trade.", side: "Sweden");
        analysis.Claims.Select(c => c.Speaker).Should().Equal("Zoë Ångström", "Ñandú Çelik");
    }

    // ---- agentless frames, narrator frames and countries as subjects ----

    [Theory]
    [InlineData("It was agreed to maintain close personal contact.")]
    [InlineData("The importance of further coordination was emphasized.")]
    [InlineData("In this regard, concrete steps to strengthen the ports were discussed.")]
    [InlineData("Attention was paid to the steps taken to calm the border.")]
    [InlineData("New sanctions were discussed by the two leaders.")]
    public void An_agentless_report_of_the_talks_is_both(string sentence)
    {
        var analysis = Analyze(Opening + "President Diaz stressed that the floods had hurt the south. " + sentence);
        analysis.Claims[^1].Speaker.Should().Be(Speakers.Both);
    }

    [Theory]
    [InlineData("Chile is focused on managing its own affairs well.")]
    [InlineData("The relationship is stabilizing, and this is welcomed by both societies.")]
    public void A_present_passive_inside_speech_stays_the_speakers(string sentence)
    {
        var analysis = Analyze("President Omar Diaz spoke with U.S. President Anna Lind.\n\nPresident Diaz stressed that trust is the foundation. " + sentence, side: "Chile");
        analysis.Claims[^1].Speaker.Should().Be("Omar Diaz");
        analysis.Claims[^1].SpeakerInferred.Should().BeTrue();
    }

    [Theory]
    [InlineData("In general, the conversation was constructive and friendly.")]
    [InlineData("This is the second conversation between the two presidents this year.")]
    [InlineData("The call lasted an hour.")]
    public void A_sentence_about_the_talks_themselves_is_the_narrators(string sentence)
    {
        Analyze(Opening + "President Diaz stressed that the floods had hurt the south. " + sentence).Claims[^1].Speaker.Should().Be(Speakers.Narrator);
    }

    [Fact]
    public void Inside_speech_a_joint_subject_before_a_modal_is_the_speakers_content()
    {
        var analysis = Analyze("President Omar Diaz spoke with U.S. President Anna Lind.\n\nPresident Diaz noted that the world is changing. The two countries should respect each other. The two choices point to two different futures. Chile and the United States will gain from trade.", side: "Chile");
        analysis.Claims.Select(c => c.Speaker).Should().AllBe("Omar Diaz");
    }

    // ---- speech that runs on, and the inferred flag ----

    [Fact]
    public void Speech_runs_on_over_a_paragraph_in_a_readout_that_lets_it_run_on_inside_one_and_is_marked_inferred()
    {
        var analysis = Analyze(
            "President Omar Diaz met with U.S. Envoy Anna Lind.\n\nPresident Diaz pointed out that the world is changing. People want openness.\n\nChile follows a path of peaceful development. Chile is ready to work with all countries.\n\nPresident Diaz stressed that trade matters.",
            side: "Chile");

        analysis.Claims.Select(c => c.Speaker).Should().AllBe("Omar Diaz");
        analysis.Claims.Select(c => c.SpeakerInferred).Should().Equal(false, true, true, true, false);
    }

    [Fact]
    public void Without_that_convention_a_paragraph_with_no_cue_stays_the_publishers()
    {
        var analysis = Analyze(Opening + "President Lind stressed that trust is the foundation.\n\nThe United States remains a steadfast friend of the region.");
        analysis.Claims.Select(c => c.Speaker).Should().Equal("Anna Lind", Speakers.Narrator);
        analysis.Claims.Should().OnlyContain(c => !c.SpeakerInferred);
    }

    [Fact]
    public void A_pronoun_subject_is_inferred_and_a_named_one_is_not()
    {
        var analysis = Analyze(Opening + "President Lind raised concerns over fishing quotas. She emphasized the value of open markets.");
        analysis.Claims.Select(c => (c.Speaker, c.SpeakerInferred)).Should().Equal(("Anna Lind", false), ("Anna Lind", true));
    }

    [Theory]
    [InlineData("President Lind pledged steadfast support for the people of Chile hit by the floods. In response, the United States is providing emergency shelters and water.", "In response")]
    [InlineData("The President has directed her team to deploy all available firefighting assets. To date, the United States has deployed more than 600 firefighters.", "To date")]
    [InlineData("President Lind agreed to meet again in May. Dates will be confirmed by the respective diplomatic teams.", "Dates will")]
    [InlineData("President Lind welcomed the new port. It opened in March with three berths.", "It opened")]
    [InlineData("President Lind discussed the harvest with the Chilean side. The harvest fell by a third this year.", "The harvest fell")]
    public void A_sentence_without_a_cue_after_an_act_of_a_named_speaker_is_the_publishers(string text, string second)
    {
        // As the White House writes: "The President has directed his team to deploy ... . To date, the United States has
        // deployed ...": what the President did, then the publisher's account of it, not his words.
        var analysis = Analyze(Opening + text);

        ClaimWith(analysis, second).Speaker.Should().Be(Speakers.Narrator);
        ClaimWith(analysis, second).SpeakerInferred.Should().BeFalse();
    }

    [Theory]
    [InlineData("U.S. President Anna Lind pledged support for the people of Chile hit by the floods. To date, the United States has sent 600 engineers.", "To date")]
    [InlineData("She pledged support for the people of Chile hit by the floods. To date, the United States has sent 600 engineers.", "To date")]
    public void An_act_with_a_country_before_the_title_or_a_pronoun_as_subject_is_an_act_too(string text, string second)
    {
        // Only a country that is the whole subject ("China supports ...") stands inside the leader's speech.
        var analysis = Analyze(Opening + "President Lind said the floods were grave. " + text);

        ClaimWith(analysis, second).Speaker.Should().Be(Speakers.Narrator);
    }

    [Fact]
    public void A_pronoun_after_an_act_still_names_the_speaker()
    {
        var analysis = Analyze(Opening + "President Lind pledged support for the people of Chile. She articulated how the two countries can rebuild the ports.");

        ClaimWith(analysis, "She articulated").Speaker.Should().Be("Anna Lind");
        ClaimWith(analysis, "She articulated").SpeakerInferred.Should().BeTrue();
    }

    [Fact]
    public void After_an_act_the_speech_does_not_run_on_over_a_paragraph_break_either()
    {
        // The readout lets speech run on (the first paragraph), but the second paragraph ends with an act.
        var analysis = Analyze(
            "President Omar Diaz met with U.S. Envoy Anna Lind.\n\nPresident Diaz pointed out that the world is changing. People want openness.\n\nPresident Diaz agreed to open the port.\n\nThe harvest fell by a third this year.",
            side: "Chile");

        ClaimWith(analysis, "People want").Speaker.Should().Be("Omar Diaz");
        ClaimWith(analysis, "The harvest").Speaker.Should().Be(Speakers.Narrator);
    }

    [Theory]
    [InlineData("President Diaz noted the new developments in the world. The world is neither tranquil nor stable.", "The world is")]
    [InlineData("President Diaz pointed out that talks matter. Chile supports a settlement through negotiation. Chile has long held the position of respecting sovereignty.", "Chile has long")]
    [InlineData("President Diaz pointed out that talks matter. Chile supports a settlement through negotiation, and is ready to help the parties. Chile has long held the position of respecting sovereignty.", "Chile has long")]
    [InlineData("President Diaz agreed to open the port. He said the port was vital. The harvest depends on it.", "The harvest")]
    public void Speech_still_runs_on_after_words_or_after_a_position_inside_them(string text, string runOn)
    {
        // "Chile supports ..." is a country's position inside the leader's speech, not an act that ends it.
        var analysis = Analyze("President Omar Diaz met with U.S. Envoy Anna Lind.\n\n" + text, side: "Chile");

        ClaimWith(analysis, runOn).Speaker.Should().Be("Omar Diaz");
        ClaimWith(analysis, runOn).SpeakerInferred.Should().BeTrue();
    }

    [Fact]
    public void A_quotation_after_an_act_is_still_its_speakers_and_inferred()
    {
        // The Office of the President of Ukraine: "The President of Ukraine commended the active cooperation ... . \"We are not
        // a member of NATO yet. ...\"".
        var analysis = Analyze("President Omar Diaz met with U.S. Envoy Anna Lind.\n\nPresident Diaz commended the active cooperation with the United States. \"We are not a member of the alliance yet.\"", side: "Chile");

        ClaimWith(analysis, "We are not").Speaker.Should().Be("Omar Diaz");
        ClaimWith(analysis, "We are not").SpeakerInferred.Should().BeTrue();
    }

    [Fact]
    public void The_inferred_flag_is_shown_on_the_page_and_goes_through_the_json_contract_and_back()
    {
        var comparison = ReadoutComparer.Default.Compare(
            Readout.Parse(Opening + "President Lind raised concerns over fishing quotas. She emphasized the value of open markets.", side: "United States"),
            Readout.Parse("President Omar Diaz spoke with President Anna Lind. President Diaz welcomed the talks.", side: "Chile"));

        Statements.Rendering.HtmlRenderer.Render(comparison).Should().Contain("<span class=\"inferred\"", "the page marks the inferred speaker beside the claim");

        var json = ComparisonJson.Serialize(comparison);
        json.Should().Contain("\"speakerInferred\": true").And.Contain("\"speakerInferred\": false");
        ComparisonJson.Deserialize(json).Left.Claims.Select(c => c.SpeakerInferred).Should().Equal(comparison.Left.Claims.Select(c => c.SpeakerInferred));
    }

    // ---- first-person statements ----

    [Fact]
    public void A_leaders_own_statement_is_the_authors_named_in_its_title()
    {
        var analysis = Analyze(
            "This morning, I spoke with President Omar Diaz to discuss the floods. I reaffirmed my commitment to the people of Chile. President Diaz and I agreed to meet in May. We also discussed the harvest. We will work together on the ports. We will send more aid. The call lasted an hour.",
            title: "Statement by President Anna Lind on the Call with President Omar Diaz");

        analysis.Participants[0].Should().Be(analysis.Participants.Single(p => p.Name == "Anna Lind"));
        analysis.Participants.Single(p => p.Name == "Omar Diaz").Country.Should().NotBe("United States", "the author, not the one named without a country, speaks for the readout's side");
        analysis.Claims.Select(c => c.Speaker).Should().Equal("Anna Lind", "Anna Lind", Speakers.Both, Speakers.Both, Speakers.Both, "Anna Lind", "Anna Lind");
    }

    [Fact]
    public void A_post_is_the_authors_named_at_the_head_of_its_publisher_line()
    {
        var analysis = Analyze(
            "Delighted to speak with my dear friend President Anna Lind. Congratulated her on her historic second term. We are committed to a mutually beneficial partnership. Our respective teams will meet soon.",
            side: "Chile",
            title: "(post on the call with President Lind)",
            publisher: "Omar Diaz, President of Chile (post on a social network)");

        analysis.Claims.Select(c => c.Speaker).Should().Equal("Omar Diaz", "Omar Diaz", Speakers.Both, Speakers.Both);
    }

    [Fact]
    public void A_briefing_that_names_its_speaker_has_no_author_and_a_text_without_I_has_none()
    {
        var briefing = Analyze(
            "Aide Ivan Petrov briefed the media on the call between President Omar Diaz and President Anna Lind. I want to note that President Diaz responded by saying that Chile would study the proposals.",
            side: "Chile",
            title: "Briefing by Aide Ivan Petrov");
        briefing.Participants.Select(p => p.Name).Should().NotContain("Ivan Petrov Briefing");
        briefing.Claims[^1].Speaker.Should().Be("Omar Diaz");

        var thirdPerson = Analyze(Opening + "President Lind said the quotas were too low.", title: "Statement by President Anna Lind");
        thirdPerson.Participants.Should().HaveCount(2);
    }

    // ---- asides between the subject and its cue ----

    [Theory]
    [InlineData("The US president, during the call, expressed thanks for the mediation.", "Anna Lind")]
    [InlineData("Prime Minister Ana Moana, in a phone call received from President Anna Lind on Thursday, called for a ceasefire.", "Ana Moana")]
    [InlineData("Wellington, Dec. 7 -- Prime Minister Ana Moana, in a call from President Anna Lind, called for a ceasefire.", "Ana Moana")]
    [InlineData("President Lind, the host of the summit, stressed the value of the port.", "Anna Lind")]
    [InlineData("President Lind, who hosted Prime Minister Ana Moana in April, stressed the value of the port.", "Anna Lind")]
    [InlineData("Prime Minister Ana Moana, joined by President Anna Lind's envoy, stressed the value of the port.", "Ana Moana")]
    [InlineData("The two leaders, whose meeting followed Prime Minister Moana's meeting with President Lind, discussed the port.", Speakers.Both)]
    public void A_name_in_an_aside_between_the_subject_and_its_cue_is_not_the_subject(string sentence, string speaker)
    {
        var analysis = Analyze(Zealandia + sentence, side: "Zealandia");

        analysis.Claims.Should().ContainSingle().Which.Speaker.Should().Be(speaker);
    }

    // ---- inverted attributions, country codes ----

    [Fact]
    public void A_verb_of_saying_before_a_long_name_and_more_of_the_sentence_is_that_names()
    {
        var analysis = Analyze(
            "Prime Minister Ana Moana bin Tama received President Anna Lind of the United States.\n\n"
            + "Zealandia and the US are partners for peace, said Prime Minister Ana Moana bin Tama today as she met President Lind in Wellington.",
            side: "Zealandia");

        analysis.Claims.Should().ContainSingle().Which.Speaker.Should().Be("Ana Moana bin Tama");
    }

    [Fact]
    public void A_cue_after_a_comma_and_before_a_country_takes_no_subject_from_after_it()
    {
        var analysis = Analyze("Prime Minister Ana Moana received President Anna Lind of the United States.\n\nPresident Lind noted the talks on the port, urged Zealandia to open its fishing grounds.", side: "Zealandia");

        analysis.Claims.Should().OnlyContain(c => c.Speaker == "Anna Lind");
    }

    [Fact]
    public void A_country_code_in_capitals_is_no_name()
    {
        var analysis = Analyze("King Hamad met President Anna Lind of the United States today.\n\nPresident Lind noted the presence of the 5th US Fleet in Bahrain.", side: "Bahrain");

        analysis.Participants.Select(p => p.Name).Should().NotContain(n => n.Contains("Fleet", StringComparison.Ordinal));
        analysis.Claims.Single().Speaker.Should().Be("Anna Lind");
    }

    [Fact]
    public void Hailed_is_a_cue()
    {
        var claim = Analyze(Opening + "President Diaz hailed the long friendship of the two nations.").Claims.Single();

        claim.Cue.Should().Be("hailed");
        claim.Speaker.Should().Be("Omar Diaz");
    }

    // ---- a bare title ----

    [Theory]
    [InlineData("Prime Minister invited American companies to invest in the new port.", "Ana Moana")]
    [InlineData("President thanked the Prime Minister for the invitation.", "Anna Lind")]
    public void A_title_written_with_capitals_and_no_article_stands_for_its_holder(string sentence, string holder)
    {
        var analysis = Analyze("Prime Minister Ana Moana received a telephone call today from President Anna Lind of the United States.\n\n" + sentence, side: "Zealandia");

        analysis.Claims.Single().Speaker.Should().Be(holder);
    }

    [Fact]
    public void A_bare_title_that_no_participant_holds_names_no_one()
    {
        var analysis = Analyze("Prime Minister Ana Moana received a telephone call today from President Anna Lind of the United States.\n\nChancellor welcomed the new port.", side: "Zealandia");

        analysis.Claims.Single().Speaker.Should().NotBe("Ana Moana").And.NotBe("Anna Lind");
    }

    [Theory]
    [InlineData("\u201cIt is something that is much appreciated,\u201d said Prime Minister Ana Moana when she spoke with President Lind in a bilateral meeting during her visit to New York.")]
    [InlineData("\u201cIt is good,\u201d said Prime Minister Ana Moana in a meeting.")]
    [InlineData("\u201cWe continue to look to the United States for that partnership,\u201d added the Prime Minister during her brief remarks.")]
    public void A_quotation_whose_verb_of_saying_comes_first_is_the_named_speakers(string sentence)
    {
        // The Philippine Presidential Communications Office's style: "...,” said President Ferdinand R. Marcos Jr. when he
        // spoke with ..." and "...,” added the President during his brief remarks."
        var analysis = Analyze("Prime Minister Ana Moana met President Anna Lind of the United States in New York.\n\nPresident Lind announced a new port.\n\n" + sentence, side: "Zealandia");

        analysis.Claims[^1].Speaker.Should().Be("Ana Moana");
    }

    [Fact]
    public void A_quotation_over_several_sentences_closed_by_its_speaker_is_hers_from_its_first_sentence()
    {
        // The Office of the President of Ukraine's style: "On behalf of all Ukrainians, I thank you ... closer. We look
        // forward to ... Senate," Volodymyr Zelenskyy emphasized.
        var analysis = Analyze(Zealandia + "\"On behalf of all Zealanders, I thank you for the new port. We look forward to its opening in May,\" Ana Moana emphasized.\n\nThe call lasted an hour.", side: "Zealandia");

        ClaimWith(analysis, "I thank you").Speaker.Should().Be("Ana Moana");
        ClaimWith(analysis, "I thank you").SpeakerInferred.Should().BeTrue();
        ClaimWith(analysis, "We look forward").Speaker.Should().Be("Ana Moana");
    }

    [Theory]
    [InlineData("The harbour project is old. ")]
    [InlineData("The harbour remains \"vital to the region. The project is old.\" ")]
    [InlineData("President Lind praised the harbour. ")]
    public void A_closed_quotation_does_not_reach_back_before_its_opening(string before)
    {
        var analysis = Analyze(Zealandia + before + "\"I thank you for the new port. We look forward to its opening in May,\" Ana Moana emphasized.", side: "Zealandia");

        ClaimWith(analysis, "I thank you").Speaker.Should().Be("Ana Moana", "an attribution that closes the quotation outranks a speaker carried over from before it");
        analysis.Claims.Where(c => c.Text.Contains("harbour", StringComparison.Ordinal)).Should().NotContain(c => c.Speaker == "Ana Moana", "the harbour sentence stands before her quotation opens");
    }

    // ---- a title for the leader whatever the office ----

    [Theory]
    [InlineData("The Head of State noted the importance of the new port.", "Omar Diaz")]
    [InlineData("\"The port will open in May,\" the Head of State emphasized.", "Omar Diaz")]
    [InlineData("The American head of state welcomed the new port.", "Anna Lind")]
    public void The_head_of_state_is_the_sides_leader_not_a_participant_of_its_own(string sentence, string leader)
    {
        // As the Office of the President of Ukraine writes of its President ("The Head of State noted ...").
        var analysis = Analyze("President of Chile Omar Diaz had a phone call with President of the United States Anna Lind.\n\n" + sentence, side: "Chile");

        analysis.Participants.Select(p => p.Name).Should().BeEquivalentTo(["Omar Diaz", "Anna Lind"]);
        analysis.Claims.Single().Speaker.Should().Be(leader);
    }

    [Theory]
    [InlineData("His Majesty warned of attempts to close the new port.")]
    [InlineData("Discussions also covered the new port, with His Majesty warning that its closure would hurt trade.")]
    public void His_Majesty_is_the_monarchys_own_sovereign(string sentence)
    {
        // As the Jordanian and Bahraini press write of their King ("His Majesty warned ...", "with His Majesty warning ...").
        var analysis = Analyze("His Majesty King Omar Hadi received a phone call from President of the United States Anna Lind.\n\n" + sentence, side: "Jordan");

        analysis.Participants.Select(p => p.Name).Should().BeEquivalentTo(["Omar Hadi", "Anna Lind"]);
        analysis.Claims.Last().Speaker.Should().Be("Omar Hadi");
    }

    [Fact]
    public void PM_is_the_Prime_Minister_named_or_not()
    {
        var analysis = Analyze("PM Narendra Modi spoke with President Joe Biden today.\n\nPM Modi thanked President Biden for his support. "
            + "The PM invited President Biden to visit India.\n\nPM and President Biden agreed to work together on vaccines.", side: "India");

        ClaimWith(analysis, "for his support").Speaker.Should().Be("Narendra Modi");
        ClaimWith(analysis, "to visit India").Speaker.Should().Be("Narendra Modi", "\"the PM\" is the holder of the title it shortens");
        ClaimWith(analysis, "on vaccines").Speaker.Should().Be(Speakers.Both);
    }

    [Fact]
    public void The_Custodian_of_the_Two_Holy_Mosques_is_the_Saudi_King_not_both()
    {
        // The Saudi Press Agency's own name for the King; its "Two" had made the claim both leaders'.
        var analysis = Analyze("Custodian of the Two Holy Mosques King Salman made a phone call to US President Donald Trump.\n\n"
            + "The Custodian of the Two Holy Mosques affirmed that the Kingdom's G20 Presidency will continue to coordinate the group's efforts.", side: "Saudi Arabia");

        analysis.Participants.Select(p => p.Name).Should().BeEquivalentTo(["Salman", "Donald Trump"]);
        ClaimWith(analysis, "G20 Presidency").Speaker.Should().Be("Salman");
    }

    [Theory]
    [InlineData("President Omar Diaz said that a ceasefire is urgent, and that both the world and the press have voiced this demand.", "Omar Diaz")]
    [InlineData("Both of them agreed to meet again in May.", Speakers.Both)]
    [InlineData("Both leaders agreed to meet again in May.", Speakers.Both)]
    public void Both_before_a_determiner_pairs_two_things_not_the_two_leaders(string sentence, string speaker)
    {
        // As the Turkish Presidency wrote: "... and that both the world and the U.S. public have voiced this demand".
        var analysis = Analyze("President of Chile Omar Diaz had a phone call with President of the United States Anna Lind.\n\n" + sentence, side: "Chile");

        analysis.Claims.Last().Speaker.Should().Be(speaker);
    }

    [Fact]
    public void A_third_countrys_head_of_state_is_not_the_own_leader()
    {
        var analysis = Analyze("President of Chile Omar Diaz had a phone call with President of the United States Anna Lind.\n\nThe Peruvian head of state welcomed the new port.", side: "Chile");

        analysis.Claims.Single().Speaker.Should().NotBe("Omar Diaz").And.NotBe("Anna Lind");
    }

    // ---- quotations ----

    private const string Zealandia = "Prime Minister Ana Moana spoke with President Anna Lind of the United States this morning.\n\n";

    [Theory]
    [InlineData("\u201cPresident Lind and I discussed the harvest talks and the new port\u201d, Ana Moana said.")]
    [InlineData("\u201cPresident Lind and I discussed the harvest talks and the new port,\u201d Ana Moana said.")]
    [InlineData("\"President Lind and I discussed the harvest talks and the new port\", said Ana Moana.")]
    public void A_quoted_joint_position_closed_by_its_speaker_is_both_whether_the_comma_stands_inside_or_outside(string sentence)
    {
        var analysis = Analyze(Zealandia + sentence, side: "Zealandia");

        // Hers to say, and what she says is a position of both ("President Lind and I discussed"): both, not President Lind's
        // whom it names alone. The quotation goes on in her voice (A_quoted_position_of_both_leaders_is_both_and_...).
        analysis.Claims.Should().NotBeEmpty().And.OnlyContain(c => c.Speaker == Speakers.Both, "the quotation states what she and President Lind did together");
        analysis.Claims.Should().NotContain(c => c.Text.StartsWith("Ana Moana", StringComparison.Ordinal) || c.Text.StartsWith("said", StringComparison.Ordinal), "the attribution closes the quotation's claim, not one of its own");
    }

    [Theory]
    [InlineData("declared")]
    [InlineData("asserted")]
    [InlineData("argued")]
    public void A_quotation_of_several_sentences_closed_by_a_verb_of_saying_is_its_speakers(string verb)
    {
        // Brasília's press office as Agência Brasil relayed it: "“It's the first time I talk to a president who's interested in
        // workers. ... Together, we can inspire other leaders ...,” Lula declared." had been the narrator's.
        var analysis = Analyze(Zealandia + "\u201cIt is the first time I talk to a president who cares about the harbour. Her plans are music to my ears. Together, we can inspire other leaders,\u201d Ana Moana " + verb + ".", side: "Zealandia");
        analysis.Claims.Where(c => c.Text.Contains("harbour", StringComparison.Ordinal) || c.Text.Contains("music", StringComparison.Ordinal) || c.Text.Contains("inspire", StringComparison.Ordinal))
            .Should().HaveCount(3).And.OnlyContain(c => c.Speaker == "Ana Moana");
    }

    [Theory]
    [InlineData("As the spokesman further stated, \u201cthe Prime Minister and the President condemned the shelling of the grain port.\u201d")]
    [InlineData("\u201cThe Prime Minister and the President condemned the shelling of the grain port,\u201d the spokesman said.")]
    [InlineData("\u201cThe Prime Minister and the President condemned the shelling of the grain port.\u201d")]
    [InlineData("(The Prime Minister and the President condemned the shelling of the grain port.)")]
    public void Two_leaders_joined_by_and_at_the_start_of_a_quotation_or_bracket_are_both(string sentence)
    {
        // A German government spokesman quoted by dpa: "As Büchner further stated, “the Federal Chancellor and the President
        // condemned ...”" had gone to the President alone, the opening mark hiding the joint subject.
        var analysis = Analyze(Zealandia + sentence, side: "Zealandia");
        ClaimWith(analysis, "condemned the shelling").Speaker.Should().Be(Speakers.Both);
    }

    [Fact]
    public void First_person_words_in_a_quotation_that_runs_on_over_paragraphs_are_its_speakers()
    {
        var analysis = Analyze(
            Zealandia
            + "\u201cPresident Lind and I discussed the harvest talks\u201d, Ana Moana said.\n\n"
            + "\u201cWe also discussed the new port at Wellington.\n\n"
            + "\u201cI raised the importance of open fishing grounds in the region.\n\n"
            + "\u201cI thanked the President for her support for the ocean treaty,\u201d Ana Moana said.\n\n"
            + "President Lind stressed the value of the port to American shippers.",
            side: "Zealandia");

        ClaimWith(analysis, "I raised").Speaker.Should().Be("Ana Moana", "\"I\" inside her quotation is the Prime Minister, after a claim of both as before it");
        ClaimWith(analysis, "We also discussed").Speaker.Should().Be(Speakers.Both, "\"we\" reporting the talks in her quotation is both leaders");
        ClaimWith(analysis, "I thanked").Speaker.Should().Be("Ana Moana");
        ClaimWith(analysis, "stressed the value").Speaker.Should().Be("Anna Lind", "the quotation has ended");
    }

    [Fact]
    public void A_quotation_with_no_known_speaker_lends_no_voice()
    {
        var analysis = Analyze(Zealandia + "\u201cI raised the importance of open fishing grounds in the region.", side: "Zealandia");

        analysis.Claims.Single().Speaker.Should().NotBe("Ana Moana", "no participant has been quoted before it");
    }

    // ---- odd inputs ----

    [Fact]
    public void Empty_and_blank_texts_have_no_claims_and_no_author()
    {
        foreach (var text in new[] { "", "   ", "\n\n" })
        {
            var analysis = Analyze(text, title: "Statement by President Anna Lind", publisher: "Anna Lind, President");
            analysis.Claims.Should().BeEmpty();
            analysis.Participants.Should().BeEmpty();
        }
    }

    [Fact]
    public void A_subject_of_five_thousand_names_joined_by_and_is_both_and_quick()
    {
        var text = new StringBuilder("President Anna Lind spoke with President Omar Diaz of Chile. ");
        for (var i = 0; i < 5000; i++)
        {
            text.Append(i == 0 ? "" : " and ").Append("President ").Append(Name(i));
        }

        text.Append(" discussed the harvest. I");
        var clock = Stopwatch.StartNew();
        var analysis = Analyze(text.ToString(), title: "Statement by President Anna Lind");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        analysis.Claims.Should().Contain(c => c.Speaker == Speakers.Both);

        static string Name(int i) => string.Concat("Kx", ((char)('a' + i % 26)).ToString(), ((char)('a' + i / 26 % 26)).ToString(), ((char)('a' + i / 676)).ToString());
    }
}
