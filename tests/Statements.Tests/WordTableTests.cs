using Statements.Language;
using Statements.Text;

namespace Statements.Tests;

/// <summary>The word look-ups the claim rules make at every token: <see cref="WordTable{TValue}"/> and the word classes built on it.</summary>
public class WordTableTests
{
    [Fact]
    public void Every_word_is_found_with_its_value_and_no_other_word_is()
    {
        var random = new Random(7);
        var words = Enumerable.Range(0, 5000).Select(i => new string([.. Enumerable.Range(0, 1 + random.Next(12)).Select(_ => (char)('a' + random.Next(26)))]) + i).ToList();
        var table = new WordTable<int>([.. words.Select((w, i) => KeyValuePair.Create(w, i))]);
        for (var i = 0; i < words.Count; i++)
        {
            table.TryGetValue(words[i], out var value).Should().BeTrue();
            value.Should().Be(i);
        }

        foreach (var absent in new[] { "", "a", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", words[0] + "x", words[1][..^1], words[2].ToUpperInvariant() + "Q" })
        {
            table.TryGetValue(absent, out _).Should().BeFalse($"\"{absent}\" was not put in");
        }
    }

    [Fact]
    public void An_empty_table_finds_nothing_and_a_word_met_twice_is_refused()
    {
        new WordTable<int>([]).TryGetValue("said", out _).Should().BeFalse();
        var act = () => new WordTable<int>([KeyValuePair.Create("said", 1), KeyValuePair.Create("said", 2)]);
        act.Should().Throw<ArgumentException>().WithMessage("*'said'*twice*");
    }

    [Fact]
    public void A_words_class_holds_exactly_the_lists_it_is_in()
    {
        var english = ReadoutLanguage.English;
        foreach (var negator in english.Negators)
        {
            english.ClassOf(negator.Split(' ')[0]).Should().HaveFlag(WordClass.Negator, $"\"{negator}\" is a negator");
        }

        foreach (var verb in english.FiniteVerbs)
        {
            english.ClassOf(verb).Should().HaveFlag(WordClass.FiniteVerb);
        }

        english.ClassOf("stressed").Should().HaveFlag(WordClass.CueStart);
        english.ClassOf("fisheries").Should().Be(WordClass.None);
        english.ClassOf("").Should().Be(WordClass.None);
    }
}
