using Statements.Alignment;
using Statements.Language;

namespace Statements.Tests;

/// <summary>
/// Issue 18, general links: a claim that only reports that a matter was discussed names it as part of the talks, and links
/// "general" to each more specific claim of the other side inside its area (GOLD.md's rule).
/// </summary>
public sealed class GeneralLinkTests
{
    /// <summary>A readout that only reports that Ukraine was discussed.</summary>
    private static readonly Readout TalksOnUkraine = new("The two presidents discussed the situation in Ukraine.", "Ukraine");

    /// <summary>Two specific claims on Ukraine and one on Taiwan.</summary>
    private static readonly Readout UkraineAndTaiwan = new(
        "President Biden announced $1 billion in security assistance for Ukraine, including artillery and coastal defense weapons. "
        + "He reaffirmed that the United States will stand by Ukraine as it defends its sovereignty and territorial integrity against Russian aggression. "
        + "President Biden stressed that the United States opposes any unilateral change to the status quo across the Taiwan Strait.",
        "United States");

    [Theory]
    [InlineData("The leaders discussed the situation in Ukraine.")]
    [InlineData("The two sides exchanged views on the Korean Peninsula.")]
    [InlineData("The two presidents had a candid exchange of views on trade and the economy.")]
    [InlineData("They also talked about Afghanistan.")]
    [InlineData("The conversation focused on the war in Ukraine.")]
    public void A_report_of_discussion_is_general_even_where_it_names_a_specific_topic(string sentence)
    {
        var shape = Shape(sentence);
        shape.TalkReport.Should().BeTrue();
        shape.Generality.Should().BeGreaterThanOrEqualTo(LinkDecision.GeneralClaim);
        shape.Area.Should().NotBeEmpty("it names the area its talks covered");
    }

    [Theory]
    [InlineData("President Biden announced $1 billion in security assistance for Ukraine, including artillery and coastal defense weapons.")]
    [InlineData("President Xi stressed that the Taiwan question is the first red line that must not be crossed.")]
    [InlineData("The Prime Minister welcomed the evacuation of 2,000 Afghan nationals from Kabul.")]
    public void A_position_on_a_specific_matter_is_not_a_report_of_discussion(string sentence)
    {
        var shape = Shape(sentence);
        shape.TalkReport.Should().BeFalse();
        shape.Generality.Should().BeLessThan(LinkDecision.GeneralClaim);
    }

    [Fact]
    public void Names_and_numbers_keep_a_report_of_discussion_specific()
    {
        Shape("The leaders discussed the $1 billion package agreed in Geneva on March 18.").Generality.Should().BeLessThan(LinkDecision.GeneralClaim);
    }

    [Fact]
    public void A_report_of_discussion_links_general_to_the_specific_claims_of_its_area_and_of_no_other()
    {
        var comparison = ReadoutComparer.Default.Compare(TalksOnUkraine, UkraineAndTaiwan);
        var general = comparison.Links.Where(k => k.Relation == LinkRelation.General).ToList();
        general.Should().HaveCount(2, "the talks on Ukraine take in the two claims on Ukraine");
        general.Should().OnlyContain(k => k.Right.Topics.Contains("ukraine") && !k.Right.Topics.Contains("taiwan"));
        general.Should().OnlyContain(k => k.Reasons[0].Contains("left claim names the matter only as part of a broader area or of the talks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_of_discussion_of_the_relationship_as_a_whole_takes_in_every_more_specific_claim()
    {
        var left = new Readout("The two presidents had a candid and in-depth exchange of views on bilateral relations and regional and global issues.", "China");
        var right = new Readout(
            "President Biden raised concerns about fentanyl precursor chemicals and urged cooperation on counternarcotics. "
            + "He reaffirmed the firm opposition of the United States to any unilateral change to the status quo across the Taiwan Strait.",
            "United States");
        var comparison = ReadoutComparer.Default.Compare(left, right);
        comparison.Right.Claims.Length.Should().BeGreaterThanOrEqualTo(3);
        comparison.Links.Where(k => k.Relation == LinkRelation.General).Select(k => k.Right.Text)
            .Should().HaveCount(comparison.Right.Claims.Length, "an exchange on the relationship as a whole names every matter only in general terms");
    }

    [Fact]
    public void A_report_that_says_how_the_talks_went_only_lists_their_agenda_however_many_words_it_uses()
    {
        const string agenda = "The two heads of state had a candid and in-depth exchange of views on strategic and overarching issues critical to the direction of the relationship and on major issues affecting world peace and development.";
        var shape = Shape(agenda);
        shape.Generality.Should().BeLessThan(LinkDecision.GeneralClaim, "its many words would make it specific");
        shape.AgendaGenerality.Should().BeGreaterThanOrEqualTo(LinkDecision.GeneralClaim, "as a characterised report of discussion they are only its agenda");
        Shape("The two leaders held talks on strategic and overarching issues critical to the direction of the relationship.").AgendaGenerality
            .Should().BeLessThan(LinkDecision.GeneralClaim, "without saying how the talks went, its words still count");

        var comparison = ReadoutComparer.Default.Compare(new Readout(agenda, "China"), UkraineAndTaiwan);
        var general = comparison.Links.Where(k => k.Relation == LinkRelation.General).ToList();
        general.Should().HaveCount(comparison.Right.Claims.Length);
        general.Should().OnlyContain(k => k.Reasons[0].StartsWith("the left claim", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The two leaders committed to deepening cooperation in the many areas of their shared interest.")]
    [InlineData("The President looked forward to working closely with the Prime Minister on the full range of critical issues that affect our two countries.")]
    [InlineData("They agreed to strengthen cooperation across the breadth of the relationship.")]
    public void A_claim_about_every_area_of_the_relationship_takes_in_every_more_specific_claim(string sentence)
    {
        Shape(sentence).AllAreas.Should().BeTrue();
        var comparison = ReadoutComparer.Default.Compare(new Readout(sentence, "United Kingdom"), UkraineAndTaiwan);
        comparison.Links.Where(k => k.Relation == LinkRelation.General).Should().HaveCount(comparison.Right.Claims.Length);
    }

    [Fact]
    public void A_claim_about_every_area_of_one_matter_is_not_about_every_area()
    {
        Shape("They discussed the full range of support for Ukraine's defence.").AllAreas.Should().BeFalse("it names Ukraine");
    }

    [Fact]
    public void Swapping_the_sides_mirrors_the_general_links()
    {
        var forward = ReadoutComparer.Default.Compare(TalksOnUkraine, UkraineAndTaiwan).Links.Where(k => k.Relation == LinkRelation.General).Select(k => (k.Left.Text, k.Right.Text));
        var backward = ReadoutComparer.Default.Compare(UkraineAndTaiwan, TalksOnUkraine).Links.Where(k => k.Relation == LinkRelation.General).Select(k => (k.Right.Text, k.Left.Text));
        forward.Should().BeEquivalentTo(backward).And.NotBeEmpty();
    }

    [Theory]
    [InlineData("The two presidents had a candid and in-depth exchange of views on bilateral relations.")]
    [InlineData("The leaders held talks about trade and the economy.")]
    [InlineData("They agreed to engage on both sets of issues openly and straightforwardly.")]
    [InlineData("The conversation focused on the war in Ukraine.")]
    [InlineData("The talks were mainly about trade.")]
    public void A_word_for_the_talks_with_its_subject_after_it_names_their_agenda(string sentence)
    {
        Shape(sentence).NamesAgenda.Should().BeTrue();
    }

    [Theory]
    [InlineData("Overall, the conversation took place in a sincere and business-like atmosphere.", "it says how the talks went, not what they covered")]
    [InlineData("In general, the conversation was constructive and friendly.", "it says how the talks went, not what they covered")]
    [InlineData("The leaders looked forward to further discussions on these issues.", "the talks are still to come")]
    [InlineData("Both sides stressed the importance of the ongoing dialogue on this topic.", "the talks are going on, not reported")]
    [InlineData("The presidents agreed that discussions on various issues should continue.", "it is put as an obligation, of talks to come")]
    public void A_claim_about_how_the_talks_went_or_about_talks_to_come_names_no_agenda(string sentence, string because)
    {
        var shape = Shape(sentence);
        shape.TalkReport.Should().BeTrue("it speaks of the talks");
        shape.NamesAgenda.Should().BeFalse(because);
        var comparison = ReadoutComparer.Default.Compare(new Readout(sentence, "Russia"), UkraineAndTaiwan);
        comparison.Links.Where(k => k.Relation == LinkRelation.General).Should().BeEmpty(because);
    }

    [Fact]
    public void A_report_of_discussion_of_one_matter_covers_that_matter_not_the_context_of_its_readout()
    {
        // Topics as the analyzer gives them in a readout about the war: the claim's own, and the readout's context.
        static Claim InUkraineReadout(string text, params string[] topics) =>
            new("L1", "Volodymyr Zelenskyy", "discussed", 1, text, new Span(0, text.Length), [.. topics], false, Modality.Assertion, false, 0);

        ClaimShape.Of(TermSimilarity.Instance, InUkraineReadout("They discussed the issues of energy security.", "climate-energy", "ukraine")).Area
            .Should().BeEquivalentTo(["climate-energy"], "talks on energy security take in claims on energy, not every claim on the war");
        ClaimShape.Of(TermSimilarity.Instance, InUkraineReadout("They discussed the next steps.", "ukraine")).Area
            .Should().BeEquivalentTo(["ukraine"], "a report that names no matter of its own covers the matter of its readout");
    }

    [Fact]
    public void A_report_of_discussion_whose_list_is_left_open_covers_every_area()
    {
        // As Xinhua put the video call of 2022-03-18; the gold links it general to claims on Taiwan and on the relationship too.
        var open = new Readout("The two presidents had a candid and in-depth exchange of views on the situation in Ukraine and other issues of mutual interest.", "China");
        var closed = new Readout("The two presidents had a candid and in-depth exchange of views on the situation in Ukraine.", "China");

        static bool TakesInTaiwan(Comparison c) => c.Links.Any(k => k.Relation == LinkRelation.General && k.Right.Text.Contains("Taiwan", StringComparison.Ordinal));
        TakesInTaiwan(ReadoutComparer.Default.Compare(open, UkraineAndTaiwan)).Should().BeTrue("its agenda runs on past Ukraine");
        TakesInTaiwan(ReadoutComparer.Default.Compare(closed, UkraineAndTaiwan)).Should().BeFalse("talks on Ukraine do not stand for a claim on the Taiwan Strait");
    }

    [Fact]
    public void A_report_of_discussion_of_a_third_country_covers_that_country_not_every_claim()
    {
        // As the Élysée closed its readout of 2023-04-20: a matter no topic names, but a country neither side is.
        var left = new Readout("President Macron spoke by phone with President Biden. They also discussed the extremely troubling situation in Sudan.", "France");
        var general = ReadoutComparer.Default.Compare(left, UkraineAndTaiwan).Links.Where(k => k.Relation == LinkRelation.General);
        general.Should().BeEmpty("the White House readout says nothing of Sudan");

        var withSudan = new Readout(UkraineAndTaiwan.Text + " President Biden called for an immediate ceasefire in Sudan and unhindered humanitarian access to Khartoum.", "United States");
        ReadoutComparer.Default.Compare(left, withSudan).Links
            .Should().Contain(k => k.Right.Text.Contains("Khartoum", StringComparison.Ordinal), "the claim on Sudan is the matter the report names")
            .And.NotContain(k => k.Right.Text.Contains("Taiwan", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("US")]
    [InlineData("United States")]
    public void The_readouts_own_sides_are_no_third_country_however_they_are_spelt(string side)
    {
        var left = new Readout("The two presidents discussed the full range of issues and their cooperation with the United States.", "China");
        var right = new Readout(UkraineAndTaiwan.Text, side);
        ReadoutComparer.Default.Compare(left, right).Links.Count(k => k.Relation == LinkRelation.General)
            .Should().Be(ReadoutComparer.Default.Compare(left, UkraineAndTaiwan).Links.Count(k => k.Relation == LinkRelation.General))
            .And.BeGreaterThan(0, "a claim about every area takes in the specific claims");
    }

    [Fact]
    public void A_report_of_talks_on_the_relationship_as_a_whole_links_general_however_close_the_words()
    {
        var left = new Readout("The two presidents had an in-depth exchange of views on bilateral relations and major international and regional issues.", "China");
        var right = new Readout("President Biden stressed the importance of bilateral relations for major international and regional issues, including climate change.", "United States");
        var link = ReadoutComparer.Default.Compare(left, right).Links.Should().ContainSingle().Subject;
        link.Relation.Should().Be(LinkRelation.General, "the exchange of views names the matter only as part of the talks");

        var dialogue = new Readout("The leaders discussed a dialogue on ransomware and other cyber threats.", "Sylvania");
        var cybercrime = new Readout("They agreed to continue the dialogue on ransomware and cybercrime through their justice ministries.", "Freedonia");
        ReadoutComparer.Default.Compare(dialogue, cybercrime).Links.Should().ContainSingle(k => k.IsSpecific, "a report of one matter may still match a claim on it word for word");
    }

    [Fact]
    public void Two_accounts_of_how_the_talks_went_face_each_other_however_many_names_one_of_them_gives()
    {
        var left = new Readout("The two leaders had a frank and in-depth exchange of views on China-US relations and issues of mutual interest.", "China");
        var right = new Readout("The White House described the 1 hour and 45 minute conversation on March 18 as frank and constructive.", "United States");
        var comparison = ReadoutComparer.Default.Compare(left, right);
        ClaimShape.Of(TermSimilarity.Instance, comparison.Right.Claims[0]).AgendaGenerality.Should().BeLessThan(LinkDecision.GeneralClaim, "its numbers and date make it specific");
        comparison.Links.Should().ContainSingle().Which.IsSpecific.Should().BeTrue("both say how the talks went, so neither names the other's matter only in general terms");
    }

    [Fact]
    public void A_specific_claim_links_general_to_the_first_general_claim_of_the_other_readout_only()
    {
        var left = new Readout(
            "The two leaders held a candid and constructive discussion on a range of bilateral and global issues. "
            + "They also exchanged views on areas of difference. "
            + "The two leaders exchanged views on key regional and global challenges.",
            "United States");
        var comparison = ReadoutComparer.Default.Compare(left, UkraineAndTaiwan);
        comparison.Left.Claims.Should().HaveCount(3);
        var general = comparison.Links.Where(k => k.Relation == LinkRelation.General).ToList();
        general.Should().HaveCount(comparison.Right.Claims.Length, "each specific claim keeps one general link");
        general.Should().OnlyContain(k => k.Left == comparison.Left.Claims[0], "the readout's opening summary of the talks is the one an analyst points to");

        var mirrored = ReadoutComparer.Default.Compare(UkraineAndTaiwan, left).Links.Where(k => k.Relation == LinkRelation.General).Select(k => (k.Right.Text, k.Left.Text));
        mirrored.Should().BeEquivalentTo(general.Select(k => (k.Left.Text, k.Right.Text)));
    }

    [SkippableFact]
    public void On_a_real_pair_the_report_of_a_call_about_the_war_links_general_to_the_specific_claims_about_it()
    {
        var dir = Path.Combine(SharedCorpus.Require(), "corpus", "pairs", "2022-06-15_us-ua_biden-zelenskyy-call");
        var comparison = ReadoutComparer.Default.Compare(Readout.Load(Path.Combine(dir, "other-ukraine.txt")), Readout.Load(Path.Combine(dir, "us.txt")));
        var report = comparison.Right.Claims.Single(c => c.Text.Contains("to discuss Russia", StringComparison.Ordinal));
        var general = comparison.Links.Where(k => k.Relation == LinkRelation.General && k.Right == report).ToList();
        general.Where(k => k.Left.Topics.Contains("ukraine")).Should().HaveCountGreaterThanOrEqualTo(3, "the gold links this claim general to eleven claims of the Ukrainian readout about the war");
        general.Select(k => k.Left.Text).Should().Contain(t => t.Contains("priority needs of the Armed Forces", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void On_a_real_pair_specific_claims_link_general_to_the_report_of_the_talks_not_to_an_earlier_general_sentence()
    {
        var dir = Path.Combine(SharedCorpus.Require(), "corpus", "zh", "2022-07-28_us-cn_biden-xi-call");
        var comparison = ReadoutComparer.Default.Compare(Readout.Load(Path.Combine(dir, "cn-zh.txt")), Readout.Load(Path.Combine(dir, "us.txt")));
        var report = comparison.Right.Claims.Single(c => c.Text.Contains("discussed a range of issues", StringComparison.Ordinal));
        var opening = comparison.Right.Claims.Single(c => c.Text.Contains("lines of communication", StringComparison.Ordinal));
        opening.SentenceIndex.Should().BeLessThan(report.SentenceIndex);
        comparison.Links.Where(k => k.Relation == LinkRelation.General && k.Right == report).Should().HaveCountGreaterThanOrEqualTo(5);
        comparison.Links.Where(k => k.Relation == LinkRelation.General && k.Right == opening).Should().NotContain(
            k => !k.Left.Text.Contains("坦率沟通和交流", StringComparison.Ordinal),
            "a specific Chinese claim is named in general terms by the White House's report of what was discussed, not by its opening sentence on lines of communication (the gold links only the Chinese report of the talks to that; the opening speaks of the call itself, so it now takes no general link at all)");
    }

    [Theory]
    [InlineData("The President congratulated the Prime Minister on his election victory.")]
    [InlineData("The Prime Minister thanked him for his kind words.")]
    [InlineData("The President shared his greetings and well wishes with the Chinese people on the occasion of Lunar New Year.")]
    [InlineData("President Biden expressed his condolences on the passing of former Premier Li Keqiang.")]
    [InlineData("During the conversation, President Xi graciously invited the First Lady and me to visit China.")]
    [InlineData("President Trump opened by sending his condolences to the Prime Minister on the loss of his brother.")]
    public void A_courtesy_that_names_no_matter_is_a_courtesy(string sentence)
    {
        Shape(sentence).Courtesy.Should().BeTrue();
    }

    [Theory]
    [InlineData("He thanked President Biden for the $1 billion in security assistance for Ukraine.", "it thanks for a named matter")]
    [InlineData("The two leaders discussed expanding and deepening cooperation.", "it holds no word of courtesy")]
    [InlineData("He expressed special gratitude to Joseph Biden for the decision to allocate USD 225 million.", "it thanks for a number")]
    [InlineData("The President welcomed the agreement between the two teams and sent his best wishes to the negotiators.", "its act is the welcome; the wishes come later")]
    [InlineData("Thanks to joint efforts, relations between the two countries are at their highest level in history.", "\"thanks to\" gives a cause")]
    [InlineData("The two presidents exchanged New Year greetings during an in-depth exchange of views on bilateral relations.", "its word for the talks names what they covered")]
    public void A_claim_with_a_matter_or_without_a_word_of_courtesy_is_no_courtesy(string sentence, string because)
    {
        Shape(sentence).Courtesy.Should().BeFalse(because);
    }

    [Fact]
    public void No_general_claim_takes_in_a_courtesy()
    {
        // 2024-07-05: "looking forward to working closely ... on the full range of issues" had taken in the congratulations and
        // the thanks for kind words; the gold links no courtesy general.
        var left = new Readout(
            "The President looked forward to working closely with the Prime Minister on the full range of critical issues that affect our two countries.",
            "United States");
        var right = new Readout(
            "The Prime Minister thanked the President for his warm congratulations on the historic election victory in London. "
            + "He reaffirmed that the United Kingdom will stand by Ukraine as it defends its sovereignty and territorial integrity against Russian aggression.",
            "United Kingdom");
        var comparison = ReadoutComparer.Default.Compare(left, right);
        var courtesy = comparison.Right.Claims.Single(c => c.Text.Contains("congratulations", StringComparison.Ordinal));
        var position = comparison.Right.Claims.Single(c => c.Text.Contains("Ukraine", StringComparison.Ordinal));
        var general = comparison.Links.Where(k => k.Relation == LinkRelation.General).ToList();
        general.Should().Contain(k => k.Right == position, "a claim about every area takes in a position on Ukraine");
        general.Should().NotContain(k => k.Right == courtesy, "a courtesy is no matter inside an area");
    }

    [Fact]
    public void However_probable_a_general_link_a_courtesy_takes_none_and_gives_none()
    {
        var (features, general) = GeneralLinksAtCertainty(
            new Readout(
                "The President congratulated the Prime Minister on his election victory. "
                + "The two leaders agreed that the relationship between their countries has never been stronger.",
                "United States"),
            new Readout(
                "The Prime Minister thanked the President for his kind words. "
                + "He reaffirmed that the United Kingdom will stand by Ukraine as it defends its sovereignty and territorial integrity against Russian aggression.",
                "United Kingdom"));
        features.LeftShapes.Should().Contain(s => s.Courtesy);
        features.RightShapes.Should().Contain(s => s.Courtesy);
        general.Should().NotBeEmpty("the claim on the relationship takes in the position on Ukraine");
        general.Should().NotContain(k => features.LeftShapes[k.Left].Courtesy || features.RightShapes[k.Right].Courtesy,
            "a courtesy is no matter inside an area, and no area is a courtesy's");
    }

    [Fact]
    public void The_words_of_courtesy_are_the_languages_own_list()
    {
        const string sentence = "The President congratulated the Prime Minister on his election victory.";
        var without = ReadoutLanguage.English.ToBuilder().RemoveWords(LanguageLists.Courtesies, "congratulated").Build();
        Shape(without, sentence).Courtesy.Should().BeFalse("the list no longer holds the word");
        Shape(sentence).Courtesy.Should().BeTrue();
    }

    [Theory]
    [InlineData("The call follows the two leaders' meeting in Woodside, California in November 2023.")]
    [InlineData("The meeting was positive, comprehensive and constructive.")]
    [InlineData("The two leaders tasked their teams to follow up on today's conversation in the critical period ahead.")]
    [InlineData("The call was a part of the Administration's efforts to maintain and deepen lines of communication between the two countries.")]
    public void A_claim_about_the_engagement_itself_speaks_of_no_matter(string sentence)
    {
        Shape(sentence).AboutEngagement.Should().BeTrue();
    }

    [Theory]
    [InlineData("During the call, the two leaders agreed to deepen cooperation between their countries.", "the call only sets the scene before the act")]
    [InlineData("The conversation focused almost entirely on trade.", "it names what the talks covered")]
    [InlineData("The two leaders agreed to hold a meeting of the NATO-Ukraine Commission.", "the meeting is on a specific matter")]
    [InlineData("The two leaders tasked their teams to follow up on today's conversation, in particular to address climate change.", "it names a specific topic")]
    [InlineData("The two leaders agreed to deepen cooperation between their countries.", "it names no engagement")]
    public void A_claim_with_a_matter_or_an_agenda_is_not_about_the_engagement(string sentence, string because)
    {
        Shape(sentence).AboutEngagement.Should().BeFalse(because);
    }

    [Fact]
    public void However_probable_a_general_link_a_claim_about_the_engagement_takes_none_and_gives_none()
    {
        // 2024-04-02 and 2023-11-15: "The call follows ... meeting in Woodside" and "The meeting was positive, comprehensive
        // and constructive" had been taken in by the other side's report of the talks; the gold links neither general.
        var (features, general) = GeneralLinksAtCertainty(
            new Readout(
                "The call follows the two leaders' meeting in Woodside, California in November 2023. "
                + "The two leaders held a candid and constructive discussion on a range of bilateral, regional, and global issues.",
                "United States"),
            new Readout(
                "The meeting was positive, comprehensive and constructive. "
                + "He reaffirmed that China will stand by its position on the Taiwan question, which is the first red line that must not be crossed.",
                "China"));
        features.LeftShapes.Should().Contain(s => s.AboutEngagement);
        features.RightShapes.Should().Contain(s => s.AboutEngagement);
        general.Should().NotBeEmpty("the report of the talks takes in the position on Taiwan");
        general.Should().NotContain(k => features.LeftShapes[k.Left].AboutEngagement || features.RightShapes[k.Right].AboutEngagement,
            "a claim about the engagement itself is no matter inside an area, and has no area of its own");
    }

    [Fact]
    public void The_nouns_for_an_engagement_are_the_languages_own_list()
    {
        const string sentence = "The meeting was positive, comprehensive and constructive.";
        var without = ReadoutLanguage.English.ToBuilder().RemoveWords(LanguageLists.EngagementNouns, "meeting").Build();
        Shape(without, sentence).AboutEngagement.Should().BeFalse("the list no longer holds the word");
        Shape(sentence).AboutEngagement.Should().BeTrue();
    }

    [Theory]
    [InlineData("The leaders discussed the latest developments in Gaza.")]
    [InlineData("The two leaders also discussed the war in Gaza and efforts to protect civilians.")]
    [InlineData("This morning, I spoke with President Zelenskyy to discuss Russia's brutal and ongoing war against Ukraine.")]
    [InlineData("They also discussed the extremely troubling situation in Sudan.")]
    [InlineData("The two leaders exchanged views on the situation in the Middle East region.")]
    [InlineData("They also discussed a range of regional issues, including security in the Indo-Pacific.")]
    public void A_report_of_discussion_of_an_area_names_each_matter_inside_it_only_as_part_of_it(string sentence)
    {
        Shape(sentence).NamesArea.Should().BeTrue();
    }

    [Theory]
    [InlineData("The presidents also discussed the U.S.-Russia dialogue on Strategic Stability and a separate dialogue on ransomware.", "its subject is one matter")]
    [InlineData("Mr. Xi also talked about the Taiwan issue, considering it the first uncrossable red line.", "one issue is one matter")]
    [InlineData("The leaders discussed concrete steps by the United States to increase financial support for Ukraine in the war.", "the subject ends before the war")]
    [InlineData("President Biden emphasized that the situation in Gaza remains dire.", "it reports no discussion")]
    public void A_report_of_one_matter_or_no_report_names_no_area(string sentence, string because)
    {
        Shape(sentence).NamesArea.Should().BeFalse(because);
    }

    [Fact]
    public void However_probable_a_specific_link_a_report_of_an_area_takes_in_a_claim_inside_it_as_general()
    {
        // The probe's Jordanian pair: the White House's "The leaders discussed the latest developments in Gaza" shared the
        // word Gaza with four positions of the King and linked to them specifically; the gold links it general to each.
        var report = new Readout("The leaders discussed the latest developments in Gaza.", "United States");
        var position = new Readout("His Majesty warned that the humanitarian situation in Gaza will deteriorate further if military operations continue.", "Jordan");
        var (_, links) = LinksAt(report, position, specific: 1);
        links.Should().ContainSingle().Which.General.Should().BeTrue("the report names the matter only as part of the area it covers");

        var oneMatter = new Readout("The leaders discussed a dialogue on ransomware and other cyber threats.", "United States");
        var onIt = new Readout("They agreed to continue the dialogue on ransomware and cybercrime through their justice ministries.", "Jordan");
        LinksAt(oneMatter, onIt, specific: 1).Links.Should().ContainSingle().Which.General.Should().BeFalse("a report of one matter may still link specifically");
    }

    [Fact]
    public void The_nouns_of_an_area_are_the_languages_own_list()
    {
        const string sentence = "The leaders discussed the panorama in Gaza.";
        Shape(sentence).NamesArea.Should().BeFalse("\"panorama\" is no noun of an area in the built-in list");
        var with = ReadoutLanguage.English.ToBuilder().AddGroup(LanguageLists.AreaNouns, "noun", "panorama").Build();
        Shape(with, sentence).NamesArea.Should().BeTrue("the language's list now holds it");
    }

    /// <summary>The general links of two readouts with every specific probability 0 and every general probability 1, and the features they rest on.</summary>
    private static (LinkFeatures Features, List<(int Left, int Right, bool General, double Probability)> General) GeneralLinksAtCertainty(Readout leftReadout, Readout rightReadout)
    {
        var (features, links) = LinksAt(leftReadout, rightReadout, specific: 0);
        return (features, links.Where(k => k.General).ToList());
    }

    /// <summary>The links of two readouts with every specific probability <paramref name="specific"/> and every general probability 1, and the features they rest on.</summary>
    private static (LinkFeatures Features, List<(int Left, int Right, bool General, double Probability)> Links) LinksAt(Readout leftReadout, Readout rightReadout, double specific)
    {
        var left = ReadoutAnalyzer.Default.Analyze(leftReadout).Claims;
        var right = ReadoutAnalyzer.Default.Analyze(rightReadout).Claims;
        var features = LinkFeatures.Compute(TermSimilarity.Instance, left, right);
        var (specifics, certain) = (new double[left.Length, right.Length], new double[left.Length, right.Length]);
        for (var l = 0; l < left.Length; l++)
        {
            for (var r = 0; r < right.Length; r++)
            {
                (specifics[l, r], certain[l, r]) = (specific, 1);
            }
        }

        return (features, LinkDecision.Decide(specifics, certain, ReadoutLanguage.English.LinkModel, features));
    }

    /// <summary>The shape of a one-claim sentence read with <paramref name="language"/>'s words.</summary>
    private static ClaimShape Shape(ReadoutLanguage language, string sentence)
    {
        var claim = new ReadoutAnalyzer(language).Analyze(new Readout(sentence, "United States")).Claims.Single();
        return ClaimShape.Of(new TermSimilarity(language), claim);
    }

    private static ClaimShape Shape(string sentence)
    {
        var claims = ReadoutAnalyzer.Default.Analyze(new Readout(sentence, "United States")).Claims;
        claims.Should().ContainSingle($"\"{sentence}\" holds one claim");
        return ClaimShape.Of(TermSimilarity.Instance, claims[0]);
    }
}
