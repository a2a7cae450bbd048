using Statements.Attribution;
using Statements.Text;

namespace Statements.Tests;

public class ParticipantTests
{
    private static IReadOnlyList<Participant> Detect(string text, string side) =>
        ParticipantDetector.Instance.Detect(TextNormalizer.Instance.Normalize(text), side);

    [Fact]
    public void Forms_of_one_name_are_one_participant()
    {
        var people = Detect("President Joseph R. Biden, Jr. spoke with President Xi Jinping of the People\u2019s Republic of China. President Biden raised concerns. Xi said little.", "United States");

        people.Should().HaveCount(2);
        people[0].Name.Should().Be("Joseph Biden");
        people[0].Country.Should().Be("United States");
        people[1].Name.Should().Be("Xi Jinping");
        people[1].Country.Should().Be("China");
    }

    [Fact]
    public void A_short_title_is_its_title_and_the_readouts_own_leader_holds_it()
    {
        // "PM Narendra Modi" had been no title at all: Modi was lost and President Biden took India's side.
        var people = Detect("PM Narendra Modi spoke with US Prez Joe Biden today. The PM thanked President Biden. The call ended at 9 PM.", "India");

        people.Select(p => (p.Name, p.Country, p.Titles.Single())).Should().Equal(
            ("Narendra Modi", "India", "prime minister"),
            ("Joe Biden", "United States", "president"));
    }

    [Fact]
    public void A_suffix_right_after_the_name_is_part_of_it_and_the_country_after_it_is_read()
    {
        // The White House: "President Ferdinand Marcos Jr. of the Philippines" had lost its country at the suffix, and the
        // name its "Jr." (his father was president before him). After a comma the suffix stays out of the name.
        var people = Detect("President Anna Lind met with President Ferdinand R. Marcos Jr. of the Philippines. President Marcos Jr. thanked her.", "United States");
        people.Select(p => (p.Name, p.Country)).Should().Contain(("Ferdinand Marcos Jr.", "Philippines"));
        people.Should().HaveCount(2);
        Detect("President Joseph R. Biden, Jr. spoke with President Omar Diaz of Chile.", "United States")
            .Select(p => p.Name).Should().Contain("Joseph Biden");
    }

    [Fact]
    public void An_honorific_and_an_office_after_the_name_past_its_suffix_give_the_person_and_the_country()
    {
        // The Japanese Ministry of Foreign Affairs introduces the counterpart so.
        var people = Detect("On June 27, Mr. KISHIDA Fumio, Prime Minister of Japan, held a Japan-U.S. Summit Meeting with the Honorable Joseph R. Biden, Jr., President of the United States of America.", "Japan");
        people.Select(p => (p.Name, p.Country)).Should().Contain(("Joseph Biden", "United States"));
        people.Should().Contain(p => p.Name.EndsWith("Fumio", StringComparison.Ordinal) && p.Country == "Japan");
    }

    [Fact]
    public void Honorifics_are_titles_not_names()
    {
        // New Delhi's style: "Shri" before the Prime Minister's name, "H.E." before the counterpart's.
        Detect("Prime Minister Shri Narendra Modi had a telephone conversation today with H.E. Joseph R. Biden, President of the United States of America.", "India")
            .Select(p => (p.Name, p.Country)).Should().BeEquivalentTo([("Narendra Modi", "India"), ("Joseph Biden", "United States")]);
        Detect("His Excellency Cyril Ramaphosa spoke with President Joe Biden.", "South Africa")
            .Select(p => p.Name).Should().Contain("Cyril Ramaphosa");
    }

    [Fact]
    public void A_side_named_by_its_country_is_the_counterpart_placed_by_the_office_after_his_name()
    {
        var analysis = ReadoutAnalyzer.Default.Analyze(Readout.Parse(
            "On June 27, Mr. KISHIDA Fumio, Prime Minister of Japan, held a Japan-U.S. Summit Meeting with the Honorable Joseph R. Biden, Jr., President of the United States of America.\n\n"
            + "1. Prime Minister Kishida emphasized the significance of the visit.\n2. The U.S. side explained its response to the situation in Ukraine.", side: "Japan"));
        analysis.Claims.Single(c => c.Text.Contains("U.S. side", StringComparison.Ordinal)).Speaker.Should().Be("Joseph Biden", "not the Prime Minister whose claim comes before");
    }

    [Fact]
    public void A_country_adjective_before_the_title_gives_the_country()
    {
        var people = Detect("On the evening of April 2, President Xi Jinping spoke with U.S. President Joe Biden on the phone.", "China");
        people.Should().Contain(p => p.Name == "Joe Biden" && p.Country == "United States");
        people.Should().Contain(p => p.Name == "Xi Jinping" && p.Country == "China");
    }

    [Theory]
    [InlineData("President Anna Lind met with Harvard University students.")]
    [InlineData("President Anna Lind met with Senate Democrats to discuss the budget.")]
    public void A_body_or_a_group_met_is_no_person(string text)
    {
        Detect(text, "United States").Select(p => p.Name).Should().Equal("Anna Lind");
    }

    [Fact]
    public void A_role_of_another_office_than_the_counterparts_is_not_the_untitled_participant()
    {
        Detect("Vladimir Sokolov had a telephone conversation with President of the United States Anna Lind. The Russian Foreign Minister briefed the press.", "Russia")
            .Should().Contain(p => p.Titles.Contains("foreign minister") && p.Name != "Vladimir Sokolov");
    }

    [Theory]
    [InlineData("President Anna Lind spoke today with President Omar Diaz of Chile. The President and Chilean President Omar Diaz discussed the floods.")]
    [InlineData("President Anna Lind met with Prime Minister Omar Diaz of Chile and Prime Minister Ken Sato of Japan. The Prime Minister thanked Japanese Prime Minister Ken Sato for his support.")]
    public void A_role_whose_sentence_names_another_holder_without_an_engagement_makes_no_own_side_participant(string text)
    {
        Detect(text, "United States").Should().NotContain(p => p.Name.StartsWith("the ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Jordanian Foreign Minister Ayman Safadi", "Jordan")]
    [InlineData("Norwegian Prime Minister Jonas Store", "Norway")]
    [InlineData("Qatari Prime Minister Mohammed Al Thani", "Qatar")]
    [InlineData("South African President Cyril Ramaphosa", "South Africa")]
    [InlineData("Afghan President Ashraf Ghani", "Afghanistan")]
    [InlineData("Papua New Guinea Prime Minister James Marape", "Papua New Guinea")]
    [InlineData("South Sudan President Salva Kiir", "South Sudan")]
    [InlineData("Equatorial Guinea President Teodoro Obiang", "Equatorial Guinea")]
    [InlineData("Saint Vincent and the Grenadines Prime Minister Ralph Gonsalves", "Saint Vincent and the Grenadines")]
    public void A_country_or_demonym_before_the_title_gives_the_country_its_longest_name_first(string person, string country)
    {
        // countries.txt had no demonym for 46 countries, so "Jordanian" read as a name ("Jordanian Deputy ..."); and the
        // shortest name had won ("Papua New Guinea Prime Minister" gave Guinea).
        Detect("National Security Advisor Jake Sullivan met today with " + person + " in Washington.", "United States")
            .Should().Contain(p => p.Country == country && person.EndsWith(p.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_name_before_a_verb_and_an_appositive_name_are_found()
    {
        Detect("Vladimir Putin had a lengthy conversation with President of the United States of America Joseph Biden.", "Russia")
            .Select(p => (p.Name, p.Country)).Should().BeEquivalentTo([("Vladimir Putin", "Russia"), ("Joseph Biden", "United States")]);
        Detect("VIENNA, May 11 (Xinhua) -- Wang Yi, director of the Office, and U.S. National Security Advisor Jake Sullivan had talks.", "China")
            .Select(p => p.Name).Should().Contain(["Wang Yi", "Jake Sullivan"]);
    }

    [Theory]
    [InlineData("Prime Minister Omar Diaz spoke with Anna Lind to discuss the floods.")]
    [InlineData("Prime Minister Omar Diaz spoke by phone with Anna Lind about the floods.")]
    [InlineData("Prime Minister Omar Diaz met with Anna Lind in Geneva.")]
    public void A_bare_name_after_with_of_an_engagement_verb_is_the_counterpart(string text)
    {
        // The Prime Minister of Canada's office writes "Prime Minister Justin Trudeau spoke with Joe Biden to discuss ...".
        Detect(text, "Chile").Select(p => p.Name).Should().BeEquivalentTo(["Omar Diaz", "Anna Lind"]);
    }

    [Theory]
    [InlineData("Prime Minister Omar Diaz agreed with Anna Lind on the floods.")]
    [InlineData("Prime Minister Omar Diaz spoke with European Commission officials.")]
    [InlineData("Prime Minister Omar Diaz spoke with Anna Lind Foundation staff.")]
    [InlineData("Prime Minister Omar Diaz met with Chilean Deputy Prime Minister and Foreign Minister Ana Ruiz.")]
    [InlineData("Prime Minister Omar Diaz met with Diaz-Lind Administration officials.")]
    public void A_bare_name_after_with_needs_an_engagement_verb_and_no_further_name_word(string text)
    {
        Detect(text, "Chile").Select(p => p.Name).Should().NotContain(name => name.Contains("Lind", StringComparison.Ordinal) || name.Contains("Deputy", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("President Anna Lind congratulated him on the successful hosting of the Olympic Games in Tokyo.", "Olympic Games")]
    [InlineData("President Anna Lind discussed the vessels operating near Sabina Shoal in the exclusive economic zone.", "Sabina Shoal")]
    public void A_place_or_an_event_before_in_is_no_person(string text, string notAPerson)
    {
        // "in" had counted as a verb after a bare name, so "Olympic Games in Tokyo" was a participant.
        Detect(text, "United States").Select(p => p.Name).Should().Equal("Anna Lind").And.NotContain(notAPerson);
    }

    [Theory]
    [InlineData("Foreign Minister Omar Diaz met with U.S. National Security Advisor Mr. Jake Sullivan in Santiago.", "Jake Sullivan", "mr")]
    [InlineData("President Anna Lind thanked Dr. Rosa Perez for her work.", "Rosa Perez", "dr")]
    public void A_name_after_an_abbreviated_title_is_read(string text, string name, string title)
    {
        Detect(text, "United States").Should().Contain(p => p.Name == name && p.Titles.Contains(title));
    }

    [Fact]
    public void A_title_before_a_sentence_end_takes_no_name_from_the_next_sentence()
    {
        Detect("Prime Minister Omar Diaz met the President. Anna Lind said little.", "Chile").Should().NotContain(p => p.Name == "Anna Lind" && p.Titles.Contains("president"));
    }

    [Theory]
    [InlineData("On Friday Vladimir Sokolov had a telephone conversation with President Anna Lind of the United States.")]
    [InlineData("In March Vladimir Sokolov held talks with President Anna Lind of the United States.")]
    public void A_bare_name_after_a_day_or_a_month_is_found(string text)
    {
        // A Kremlin readout of 2014 opens "On Friday Vladimir Putin had a telephone conversation with ...".
        Detect(text, "Russia").Select(p => p.Name).Should().Contain("Vladimir Sokolov");
    }

    [Fact]
    public void A_role_of_the_country_of_the_only_participant_named_without_a_title_is_that_participant()
    {
        var text = "Vladimir Sokolov had a telephone conversation with President of the United States Anna Lind. The President of Russia stressed the importance of relations.";
        Detect(text, "Russia").Select(p => p.Name).Should().BeEquivalentTo(["Vladimir Sokolov", "Anna Lind"]);
        var analysis = ReadoutAnalyzer.Default.Analyze(Readout.Parse(text, side: "Russia"));
        analysis.Claims.Single().Speaker.Should().Be("Vladimir Sokolov");
    }

    [Fact]
    public void A_country_of_two_words_before_a_verb_is_no_person()
    {
        Detect("Prime Minister Omar Diaz said New Zealand has joined the effort and Sri Lanka will send aid.", "Chile")
            .Select(p => p.Name).Should().Equal("Omar Diaz");
    }

    [Fact]
    public void In_a_list_the_country_before_a_dash_is_the_last_items()
    {
        // A White House readout of a meeting with Caribbean leaders lists them so; Prime Minister Skerrit had become Belize's.
        var people = Detect("The leaders were: - Prime Minister John Briceño of Belize - Prime Minister Roosevelt Skerrit of Dominica - President Luis Abinader of the Dominican Republic", "United States");
        people.Select(p => (p.Name, p.Country)).Should().Contain([("John Briceño", "Belize"), ("Roosevelt Skerrit", "Dominica"), ("Luis Abinader", "Dominican Republic")]);
    }

    [Theory]
    [InlineData("Prime Minister Omar Diaz and President Anna Lind discussed access to the Ambassador Bridge and the Consul Street crossing.", "Chile")]
    [InlineData("Prime Minister Omar Diaz spoke with President Anna Lind. Like I said, the presidents agreed that discussions should continue.", "Chile")]
    public void Words_that_are_no_names_make_no_person(string text, string side)
    {
        // "the Ambassador Bridge" (Detroit-Windsor) had become a participant "Bridge" with the title of ambassador; the
        // Kremlin's transcript of a briefing, "Like I said, the presidents agreed ...", had made "Like I" a person.
        Detect(text, side).Select(p => p.Name).Should().BeEquivalentTo(["Omar Diaz", "Anna Lind"]);
    }

    [Fact]
    public void A_title_with_no_name_stands_for_an_unnamed_participant_of_the_own_side()
    {
        var people = Detect("The Prime Minister spoke to US President Biden this evening.", "United Kingdom");
        people.Should().Contain(p => p.Name == "the Prime Minister" && p.Country == "United Kingdom");
        people.Should().Contain(p => p.Name == "Biden" && p.Country == "United States");
    }

    [Fact]
    public void Each_mention_and_title_is_listed_once_longest_mention_first()
    {
        var people = Detect("President Biden spoke with President Xi Jinping. President Biden raised concerns. President Xi said more. President Biden closed, and President Xi agreed.", "United States");

        var biden = people.Single(p => p.Name == "Biden");
        biden.Titles.Should().Equal("president");
        biden.Mentions.Should().Equal("President Biden", "Biden");
        people.Single(p => p.Name == "Xi Jinping").Mentions.Should().Equal("President Xi Jinping", "President Xi", "Xi Jinping", "Xi");
    }
}
