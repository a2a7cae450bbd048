using System.Collections.Immutable;
using Statements.Text;
using Statements.Topics;

namespace Statements.Tests;

public class TopicTests
{
    private static IReadOnlyList<string> Tag(string text, TopicTaxonomy? taxonomy = null) =>
        new TopicTagger(taxonomy ?? TopicTaxonomy.Default).Tag(TextNormalizer.Instance.Normalize(text), new Span(0, text.Length));

    [Fact]
    public void The_built_in_taxonomy_has_the_documented_ids()
    {
        TopicTaxonomy.Default.Topics.Select(t => t.Id).Should().Contain(["bilateral-relations", "taiwan", "south-china-sea", "ukraine", "trade-economy", "other"]);
    }

    [Theory]
    [InlineData("peace and stability across the Taiwan Strait", "taiwan")]
    [InlineData("freedom of navigation in the South China Sea", "south-china-sea")]
    [InlineData("Russia\u2019s defense industrial base", "ukraine")]
    [InlineData("the complete denuclearization of the Korean Peninsula", "korean-peninsula")]
    [InlineData("talks to address AI-related risks", "artificial-intelligence")]
    [InlineData("unfair trade policies and non-market economic practices", "trade-economy")]
    [InlineData("The object was closely tracked and monitored by NORAD over the last 24 hours.", "alliances-regional-security")]
    [InlineData("They discussed the modernization of continental defence.", "alliances-regional-security")]
    [InlineData("the historic $1.08 billion pledge to the Global Fund", "global-health")]
    [InlineData("he would take all possible measures against infection", "global-health")]
    [InlineData("expressed appreciation for the U.S.-Kenya strategic partnership", "bilateral-relations")]
    [InlineData("reviewed the close strategic partnership and friendship between the UAE and US", "bilateral-relations")]
    [InlineData("expanding bilateral cooperation on a wide range of issues", "bilateral-relations")]
    [InlineData("their shared commitment to a strong economic recovery that grows the middle class", "trade-economy")]
    [InlineData("the importance of supporting the economic and financial stability of our country", "trade-economy")]
    public void Aliases_tag_their_topic(string text, string topic)
    {
        Tag(text).Should().Contain(topic);
    }

    [Fact]
    public void East_Sea_counts_for_the_South_China_Sea_only_near_Vietnam_or_navigation()
    {
        Tag("respect for the law and freedom of navigation in the East Sea").Should().Contain("south-china-sea");
        Tag("The two leaders discussed fishing in the East Sea with Korean partners.").Should().NotContain("south-china-sea");
    }

    [Fact]
    public void Capitalised_short_aliases_match_only_in_capitals()
    {
        Tag("They discussed AI safety.").Should().Contain("artificial-intelligence");
        Tag("They said ai.").Should().NotContain("artificial-intelligence");
    }

    [Fact]
    public void A_user_topic_extends_the_taxonomy()
    {
        var arctic = new Topic("arctic", "Arctic", "the Arctic", ["arctic", "polar route"], ImmutableArray<ContextualAlias>.Empty);
        Tag("They discussed the polar route.").Should().NotContain("arctic");
        Tag("They discussed the polar route.", TopicTaxonomy.Default.With(arctic)).Should().Contain("arctic");
    }

    [Fact]
    public void An_alias_that_two_topics_list_counts_for_both()
    {
        // The matcher keeps one value per phrase: before, the topic listed first took the alias and the other never saw it.
        Tag("They discussed the release of the hostages.").Should().Contain("detained-citizens");
        Tag("They discussed the JCPOA.").Should().Contain(["middle-east", "nonproliferation-arms-control"]);
        var arctic = new Topic("arctic", "Arctic", "the Arctic", ["polar route"], ImmutableArray<ContextualAlias>.Empty);
        var shipping = new Topic("shipping", "Shipping", "sea lanes", ["Polar Route", "sea lanes"], ImmutableArray<ContextualAlias>.Empty);
        Tag("They discussed the polar route.", TopicTaxonomy.Default.With(arctic).With(shipping)).Should().Contain(["arctic", "shipping"]);
    }

    [Fact]
    public void An_alias_that_two_topics_list_in_context_counts_where_its_own_context_is()
    {
        // "ceasefire" is the Middle East's in a readout on Gaza and Ukraine's in one on the war there: each topic keeps its
        // own context, and the first topic's missing context does not hide the second's.
        var north = new Topic("north", "North", "the north", ["northland"], [new ContextualAlias("truce", ["northland"])]);
        var south = new Topic("south", "South", "the south", ["southland"], [new ContextualAlias("truce", ["southland"])]);
        var taxonomy = TopicTaxonomy.Default.With(north).With(south);
        var text = "They spoke about southland. They called for a truce.";
        new TopicTagger(taxonomy).Tag(TextNormalizer.Instance.Normalize(text), new Span(text.IndexOf("They called", StringComparison.Ordinal), text.Length - text.IndexOf("They called", StringComparison.Ordinal)))
            .Should().Equal("south");
    }

    [Fact]
    public void Freedom_of_navigation_names_the_South_China_Sea_only_where_the_readout_speaks_of_it()
    {
        Tag("They reiterated their commitment to freedom of navigation, international commerce, and defending mariners from Houthi attacks in the Red Sea.")
            .Should().NotContain("south-china-sea");
        Tag("The leaders underscored freedom of navigation and overflight in the Black Sea.").Should().NotContain("south-china-sea");
        Tag("The two leaders discussed ASEAN. They upheld freedom of navigation.").Should().Contain("south-china-sea");
        var text = "They discussed the South China Sea. They upheld freedom of navigation and overflight.";
        var second = text.IndexOf("They upheld", StringComparison.Ordinal);
        new TopicTagger(TopicTaxonomy.Default).Tag(TextNormalizer.Instance.Normalize(text), new Span(second, text.Length - second)).Should().Equal("south-china-sea");
    }
}
