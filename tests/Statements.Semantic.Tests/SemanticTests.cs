using Statements.Alignment;
using Statements.Language;

namespace Statements.Semantic.Tests;

/// <summary>Statements.Semantic: the local MiniLM embedder, its cache, and alignment with the semantic link model.</summary>
public sealed class SemanticTests
{
    private static MiniLmEmbedder Embedder => MiniLmEmbedder.Shared;

    [Fact]
    public void Paraphrases_are_closer_than_unrelated_claims()
    {
        var vectors = Embedder.Embed(
        [
            "The two leaders agreed to maintain open lines of communication.",
            "Both presidents said they would stay in close touch.",
            "The United States announced $225 million in humanitarian assistance.",
        ]);

        vectors.Should().HaveCount(3).And.OnlyContain(v => v.Length == 384);
        var paraphrase = LinkFeatures.Cosine(vectors[0], vectors[1]);
        var unrelated = LinkFeatures.Cosine(vectors[0], vectors[2]);
        paraphrase.Should().BeGreaterThan(unrelated + 0.1);
    }

    [Fact]
    public void A_text_is_embedded_once_and_served_from_the_cache_in_the_order_asked()
    {
        using var embedder = new MiniLmEmbedder();
        var first = embedder.Embed(["Xi stressed the Taiwan question.", "Biden raised fentanyl."]);
        embedder.CachedCount.Should().Be(2);
        var again = embedder.Embed(["Biden raised fentanyl.", "Xi stressed the Taiwan question.", "Biden raised fentanyl."]);
        embedder.CachedCount.Should().Be(2);
        again[0].Should().BeSameAs(first[1]);
        again[1].Should().BeSameAs(first[0]);
        again[2].Should().BeSameAs(first[1]);
    }

    [Fact]
    public void Curly_apostrophes_embed_as_straight_ones()
    {
        var vectors = Embedder.Embed(["China\u2019s position on Taiwan", "China's position on Taiwan"]);
        LinkFeatures.Cosine(vectors[0], vectors[1]).Should().BeApproximately(1, 1e-5);
    }

    [Fact]
    public void Odd_text_embeds_without_error_and_bad_arguments_are_refused()
    {
        var vectors = Embedder.Embed(["", new string('a', 20_000), "\u0000\uFFFE\u200B", "\u4E60\u8FD1\u5E73\u8868\u793A"]);
        vectors.Should().HaveCount(4).And.OnlyContain(v => v.Length == 384 && v.All(float.IsFinite));
        FluentActions.Invoking(() => Embedder.Embed(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Embedder.Embed([null!])).Should().Throw<ArgumentNullException>();
        var disposed = new MiniLmEmbedder();
        disposed.Dispose();
        FluentActions.Invoking(() => disposed.Embed(["x"])).Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void The_semantic_model_weighs_the_embedding_feature_and_a_comparer_uses_it()
    {
        SemanticLinking.EnglishModel.Semantic.Should().BeTrue();
        SemanticLinking.EnglishModel.Features[^1].Should().Be(LinkModel.SemanticFeatureName);

        var comparer = ReadoutComparer.CreateBuilder().UseSemantic().Build();
        comparer.Linker.Should().BeOfType<ModelLinker>().Which.Embedder.Should().BeSameAs(MiniLmEmbedder.Shared);
        var comparison = comparer.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates);
        comparison.Links.Should().Contain(k => k.IsSpecific);
        comparison.Rows.SelectMany(r => r.Left.Concat(r.Right)).Should().HaveCount(comparison.Left.Claims.Length + comparison.Right.Claims.Length);

        var rules = ReadoutComparer.Default.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates);
        static string Keys(Comparison c) => string.Join(";", c.Links.Select(k => $"{k.Left.Id}-{k.Right.Id}:{k.Score}"));
        Keys(comparison).Should().NotBe(Keys(rules), "the embeddings change the evidence");
    }

    [Fact]
    public void Swapping_the_sides_mirrors_the_links_and_threads_agree()
    {
        var comparer = ReadoutComparer.CreateBuilder().UseSemantic().Build();
        var forward = comparer.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates);
        var backward = comparer.Compare(Readouts.SampleUnitedStates, Readouts.SampleChina);
        backward.Links.Select(k => $"{k.Right.Span}|{k.Left.Span}|{k.Relation}|{k.Score}").Order(StringComparer.Ordinal)
            .Should().Equal(forward.Links.Select(k => $"{k.Left.Span}|{k.Right.Span}|{k.Relation}|{k.Score}").Order(StringComparer.Ordinal));

        var keys = new string[8];
        Parallel.For(0, keys.Length, i => keys[i] = string.Join(";", comparer.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates).Links.Select(k => $"{k.Left.Id}-{k.Right.Id}:{k.Score}")));
        keys.Should().OnlyContain(k => k == keys[0]);
    }

    [Fact]
    public void A_model_and_an_embedder_must_match()
    {
        FluentActions.Invoking(() => new ModelLinker(ReadoutLanguage.English, embedder: Embedder))
            .Should().Throw<ArgumentException>().WithMessage("*fitted with the semantic feature*");
        FluentActions.Invoking(() => new ModelLinker(ReadoutLanguage.English, model: SemanticLinking.EnglishModel))
            .Should().Throw<ArgumentException>().WithMessage("*give an embedder*");
    }

    [Fact]
    public void An_embedder_that_returns_the_wrong_count_is_reported()
    {
        var comparer = ReadoutComparer.CreateBuilder().UseSemantic(new ShortEmbedder()).Build();
        FluentActions.Invoking(() => comparer.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates))
            .Should().Throw<InvalidOperationException>().WithMessage("*vectors for*texts*");
    }

    private sealed class ShortEmbedder : ISentenceEmbedder
    {
        public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts) => [.. texts.Skip(1).Select(_ => new float[3])];
    }
}
