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
}
