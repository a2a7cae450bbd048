namespace Statements.Tests;

public class ParticipantNameTests
{
    private const string Amman =
        "Amman - His Majesty King Abdullah, in a phone call received from US President Joe Biden on Thursday, called for an immediate ceasefire in Gaza.\n\n"
        + "The King warned that the humanitarian situation will deteriorate further.";

    private const string Washington =
        "President Joseph R. Biden, Jr. spoke today with King Abdullah II of Jordan to discuss the crisis in Gaza.\n\n"
        + "King Abdullah II stressed the need to protect civilians.";

    [Fact]
    public void A_person_named_shorter_in_one_readout_takes_the_fuller_name_of_the_other()
    {
        var comparison = ReadoutComparer.Default.Compare(Readout.Parse(Amman, side: "Jordan"), Readout.Parse(Washington, side: "United States"));

        comparison.Left.Participants.Select(p => p.Name).Should().Contain("Abdullah II").And.NotContain("Abdullah");
        comparison.Left.Claims.Where(c => c.Text.Contains("ceasefire", StringComparison.Ordinal)).Should().OnlyContain(c => c.Speaker == "Abdullah II");
        comparison.Right.Participants.Select(p => p.Name).Should().Contain("Abdullah II");
    }

    [Fact]
    public void Links_and_rows_show_the_renamed_claims()
    {
        // The claims are linked as analysed (the link model is fitted so), then shown with the fuller names everywhere.
        var comparison = ReadoutComparer.Default.Compare(Readout.Parse(Amman, side: "Jordan"), Readout.Parse(Washington, side: "United States"));
        comparison.Links.Should().NotBeEmpty();
        comparison.Links.Should().OnlyContain(l => l.Left == comparison.Left.GetClaim(l.Left.Id) && l.Right == comparison.Right.GetClaim(l.Right.Id));
        comparison.Rows.SelectMany(r => r.Left).Should().OnlyContain(c => c == comparison.Left.GetClaim(c.Id));
        comparison.Links.Select(l => l.Left.Speaker).Should().NotContain("Abdullah");
    }

    [Fact]
    public void Names_that_are_not_forms_of_one_another_stay_apart()
    {
        // "Joe Biden" and "Joseph Biden" are one person, but neither name holds every word of the other: both stay.
        var comparison = ReadoutComparer.Default.Compare(Readout.Parse(Amman, side: "Jordan"), Readout.Parse(Washington, side: "United States"));
        comparison.Left.Participants.Select(p => p.Name).Should().Contain("Joe Biden");
        comparison.Right.Participants.Select(p => p.Name).Should().Contain("Joseph Biden");
    }

    [Fact]
    public void A_surname_that_two_fuller_names_of_other_readouts_hold_is_left_alone()
    {
        var all = ReadoutComparer.Default.Compare(
        [
            Readout.Parse("Premier Li met Prime Minister Anna Lind. Premier Li said trade should grow.", side: "China"),
            Readout.Parse("Prime Minister Anna Lind met Premier Li Qiang. Premier Li Qiang said trade should grow.", side: "Sweden"),
            Readout.Parse("Prime Minister Anna Lind met Premier Li Keqiang. Premier Li Keqiang said trade should grow.", side: "Norway"),
        ]);
        all.Readouts[0].Participants.Select(p => p.Name).Should().Contain("Li");
        all.Readouts[0].Participants.Select(p => p.Name).Should().Contain("Anna Lind");
    }

    [Fact]
    public void A_fathers_name_and_a_name_two_people_would_share_are_not_taken()
    {
        // Review: the King's "Salman" and the Crown Prince's "Mohammed" had both become "Mohammed bin Salman".
        var washington = Readout.Parse("President Anna Lind spoke today with King Salman of Saudi Arabia. Crown Prince Mohammed also joined the call. King Salman affirmed the partnership. Crown Prince Mohammed stressed the need for calm.", side: "United States");
        var riyadh = Readout.Parse("Crown Prince Mohammed bin Salman received a call from President Anna Lind. Crown Prince Mohammed bin Salman stressed the need for calm.", side: "Saudi Arabia");
        var comparison = ReadoutComparer.Default.Compare(washington, riyadh);
        comparison.Left.Claims.Where(c => c.Text.Contains("affirmed the partnership", StringComparison.Ordinal)).Should().OnlyContain(c => c.Speaker != "Mohammed bin Salman");
        comparison.Left.Participants.Select(p => p.Name).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void An_n_way_comparison_names_each_person_alike_too()
    {
        var all = ReadoutComparer.Default.Compare([Readout.Parse(Amman, side: "Jordan"), Readout.Parse(Washington, side: "United States")]);
        all.Readouts[0].Participants.Select(p => p.Name).Should().Contain("Abdullah II");
    }
}
