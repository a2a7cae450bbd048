using Statements.Alignment;
using Statements.Language;

namespace Statements.Tests;

/// <summary>The default claim similarity, on sentences made up for the purpose.</summary>
public class AlignmentSimilarityTests
{
    private static Claim Say(string text, string speaker = Speakers.Both, params string[] topics) =>
        new("C", speaker, null, null, text, new Span(0, text.Length), [.. topics], false, Modality.Assertion, false, 0);

    private static double Score(Claim a, Claim b) => TermSimilarity.Instance.Score(a, b);

    [Fact]
    public void The_weights_sum_to_one()
    {
        (TermSimilarity.TopicWeight + TermSimilarity.TermWeight + TermSimilarity.EntityWeight + TermSimilarity.SpeakerWeight).Should().BeApproximately(1, 1e-9);
    }

    [Fact]
    public void Key_terms_are_stemmed_without_stop_words()
    {
        var terms = ClaimProfile.Build("The President said that the sides were stabilizing their relations").Terms;
        terms.Keys.Should().NotContain(["the", "said", "president", "sides", "that"]);
        terms.Keys.Should().Contain(ClaimProfile.Stem("relation"));
        ClaimProfile.Stem("sanctions").Should().Be(ClaimProfile.Stem("sanction"));
        ClaimProfile.Stem("stabilizing").Should().Be(ClaimProfile.Stem("stabilize"));
    }

    [Fact]
    public void Set_phrases_of_readouts_fold_into_one_concept()
    {
        var a = ClaimProfile.Build("They had a frank exchange of views and agreed to stay in close touch.").Terms.Keys;
        var b = ClaimProfile.Build("The talks were candid, and both will keep open lines of communication.").Terms.Keys;
        a.Intersect(b).Should().Contain(["~candid", "~talks", "~contact"]);
    }

    [Theory]
    [InlineData("The two sides agreed to communicate regularly.", "They agreed to maintain open lines of communication.", "~contact")]
    [InlineData("He thanked the United States for supporting Ukraine.", "The President reaffirmed U.S. support for Ukraine.", "~support")]
    [InlineData("They praised the work of the diplomats.", "The leaders discussed diplomatic efforts.", "~diplomacy")]
    [InlineData("The two countries will cooperate closely.", "They welcomed cooperative efforts on climate.", "~cooperate")]
    [InlineData("Ukraine offers clear proposals to unblock the peace process.", "They agreed that diplomacy is the best way to make progress.", "~diplomacy")]
    [InlineData("He supported resolving the issue through negotiation with Ukraine.", "Both expressed support for diplomatic efforts.", "~diplomacy")]
    public void Other_forms_of_a_one_word_concept_phrase_fold_into_the_concept(string a, string b, string concept)
    {
        ClaimProfile.Build(a).Terms.Keys.Should().Contain(concept);
        ClaimProfile.Build(b).Terms.Keys.Should().Contain(concept);
    }

    [Fact]
    public void A_stem_two_concepts_share_folds_into_neither()
    {
        var language = ReadoutLanguage.English.ToBuilder().WithTag("en-x-fold")
            .AddGroup(LanguageLists.Concepts, "~first", "partner")
            .AddGroup(LanguageLists.Concepts, "~second", "partners")
            .Build();
        ClaimProfile.ConceptStems(language).Should().NotContainKey(ClaimProfile.Stem("partner"));
        ClaimProfile.ConceptStems(language)[ClaimProfile.Stem("communication")].Should().Be("~contact");
        ClaimProfile.Build(language, "They met their partnering institutions.").Terms.Keys.Should().NotContain(["~first", "~second"]);
    }

    [Fact]
    public void Words_every_readout_uses_weigh_less_than_the_matter()
    {
        var terms = ClaimProfile.Build("They stressed the importance of relations and of fisheries").Terms;
        terms[ClaimProfile.Stem("importance")].Should().Be(ClaimProfile.CommonWordWeight);
        terms[ClaimProfile.Stem("fisheries")].Should().Be(1);
    }

    [Fact]
    public void Names_months_and_numbers_are_named_things_but_titles_and_the_names_after_them_are_not()
    {
        var entities = ClaimProfile.Build("Geneva hosted them. Since June 2021 President Lula has said the Doha round is over.").Entities.Keys;
        entities.Should().Contain(["month:june", "number:2021", "name:doha"]);
        entities.Should().NotContain(["name:geneva", "name:lula", "name:president"]);
        ClaimProfile.Build("They recalled the summit in Geneva.").Entities.Keys.Should().Contain("name:geneva");
    }

    [Fact]
    public void A_capital_word_in_brackets_is_a_name_as_one_outside_them_is()
    {
        // "(APEC)" after its expansion names the forum as "the APEC leaders meeting" does on the other side.
        var bracketed = ClaimProfile.Build("He thanked her for hosting the Asia-Pacific Economic Cooperation (APEC) retreat.").Entities.Keys;
        var plain = ClaimProfile.Build("They discussed the forthcoming APEC leaders meeting.").Entities.Keys;
        bracketed.Should().Contain("name:apec");
        bracketed.Intersect(plain).Should().Contain("name:apec");
        ClaimProfile.Build("Trade grew. Exports rose.").Entities.Keys.Should().NotContain("name:exports", "a capital that opens a sentence says nothing");
    }

    [Fact]
    public void A_country_and_its_demonym_are_one_key_term()
    {
        var a = ClaimProfile.Build("movements of Ukrainian forces").Terms.Keys;
        var b = ClaimProfile.Build("forces near Ukraine").Terms.Keys;
        a.Intersect(b).Should().Contain(["country:Ukraine", "~forces"]);
    }

    [Theory]
    [InlineData("President Biden reaffirmed the U.S. commitment to the defense of the ROK.", "country:South Korea")]
    [InlineData("They reaffirmed the Korea-U.S. alliance in talks with Seoul.", "country:South Korea")]
    [InlineData("He condemned the DPRK's missile launches.", "country:North Korea")]
    [InlineData("He condemned North Korea's recent provocations.", "country:North Korea")]
    public void The_two_Koreas_are_told_apart_by_name_initials_and_capital(string text, string country)
    {
        var terms = ClaimProfile.Build(text).Terms.Keys;
        terms.Should().Contain(country);
        terms.Where(t => t.Contains("Korea", StringComparison.Ordinal)).Should().ContainSingle("\"North Korea\" is not the \"Korea\" of the South");
    }

    [Fact]
    public void A_characterisation_of_the_talks_meets_the_other_sides_characterisation()
    {
        var left = Say("The two leaders had a candid and in-depth exchange of views on relations.");
        var right = Say("The leaders held frank and constructive talks on a range of issues.");
        var other = Say("The leaders agreed to resume flights between the two countries.");
        Score(left, right).Should().BeGreaterThanOrEqualTo(0.3);
        Score(left, other).Should().BeLessThan(0.3);
    }

    [Fact]
    public void A_broad_topic_and_a_joint_speaker_alone_stay_below_the_threshold()
    {
        var a = Say("The two countries should respect each other.", Speakers.Both, "bilateral-relations");
        var b = Say("They reviewed a wide agenda of ties.", Speakers.Both, "bilateral-relations");
        Score(a, b).Should().BeLessThan(0.3);
    }

    [Fact]
    public void A_specific_topic_named_in_different_words_lifts_a_pair_above_the_threshold()
    {
        var a = Say("They pledged to combat ransomware together.", Speakers.Both, "cyber");
        var b = Say("The two leaders agreed to fight cybercrime.", Speakers.Both, "cyber");
        Score(a, b).Should().BeGreaterThanOrEqualTo(0.3);
    }

    [Fact]
    public void A_topic_the_claim_has_only_from_its_readout_counts_half()
    {
        var direct = Say("The leaders discussed the war in Ukraine.", Speakers.Both, "ukraine");
        var named = Say("He described the situation in Kyiv.", "Anna Lind", "ukraine");
        var contextual = Say("He said Russia would respond.", "Anna Lind", "ukraine");
        TermSimilarity.Instance.TopicOverlap(direct, named).Should().Be(1);
        TermSimilarity.Instance.TopicOverlap(direct, contextual).Should().Be(TermSimilarity.BroadOnlyFactor);
    }

    [Fact]
    public void Several_topics_on_one_side_match_each_claim_that_takes_up_one()
    {
        var list = Say("They discussed Iran, ransomware and the Korean Peninsula.", Speakers.Both, "middle-east", "cyber", "korean-peninsula");
        var one = Say("The leaders agreed on talks about ransomware.", Speakers.Both, "cyber");
        TermSimilarity.Instance.TopicOverlap(list, one).Should().Be(1);
    }

    [Theory]
    [InlineData("Anna Lind", "President Anna Lind", 1)]
    [InlineData(Speakers.Both, Speakers.Narrator, TermSimilarity.JointPair)]
    [InlineData(Speakers.Both, "Anna Lind", TermSimilarity.JointOne)]
    [InlineData("Anna Lind", "Omar Haddad", TermSimilarity.DifferentParticipants)]
    [InlineData("Ferdinand Marcos Jr.", "Marcos", 1)]
    [InlineData("Abdullah II", "Abdullah", 1)]
    [InlineData("Joseph Biden, Jr.", "Joe Biden", 1)]
    [InlineData("Abdullah II", "Omar Haddad", TermSimilarity.DifferentParticipants)]
    public void Speaker_agreement(string left, string right, double expected)
    {
        TermSimilarity.SpeakerAgreement(left, right).Should().Be(expected);
        TermSimilarity.SpeakerAgreement(right, left).Should().Be(expected);
    }

    [Fact]
    public void The_score_is_symmetric_and_within_zero_and_one()
    {
        Claim[] claims =
        [
            Say("The two leaders had a candid exchange of views on trade and tariffs.", Speakers.Both, "trade-economy"),
            Say("President Anna Lind raised concerns about tariffs on steel since March 2023.", "Anna Lind", "trade-economy"),
            Say("They agreed to keep open lines of communication.", Speakers.Both, "leader-diplomacy"),
            Say("Omar Haddad stressed that the Geneva talks must go on.", "Omar Haddad", "leader-diplomacy"),
        ];
        foreach (var a in claims)
        {
            foreach (var b in claims)
            {
                Score(a, b).Should().BeInRange(0, 1).And.BeApproximately(Score(b, a), 1e-12);
            }
        }
    }

    [Fact]
    public void A_custom_list_of_broad_topics_is_used()
    {
        var a = Say("They spoke about tariffs.", Speakers.Both, "trade-economy");
        var b = Say("The leaders welcomed lower tariffs.", Speakers.Both, "trade-economy");
        var broad = new TermSimilarity(["trade-economy"], Topics.TopicTaxonomy.Default);
        broad.BroadTopics.Should().Contain("trade-economy");
        TermSimilarity.Instance.TopicOverlap(a, b).Should().Be(1);
        broad.TopicOverlap(a, b).Should().BeLessThan(TermSimilarity.Instance.TopicOverlap(a, b));
    }

    [Fact]
    public void Null_claims_are_refused()
    {
        var a = Say("x");
        ((Action)(() => Score(null!, a))).Should().Throw<ArgumentNullException>();
        ((Action)(() => Score(a, null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_profile_of_a_claim_is_cached()
    {
        var a = Say("They discussed the Geneva summit.");
        TermSimilarity.Instance.Profile(a).Should().BeSameAs(TermSimilarity.Instance.Profile(a));
        TermSimilarity.Instance.Profile(a with { Speaker = "Anna Lind" }).Should().NotBeSameAs(TermSimilarity.Instance.Profile(a));
    }
}
