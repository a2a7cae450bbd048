using Statements.Text;

namespace Statements.Attribution;

/// <summary>Country names, demonyms and government metonyms, mapped to the canonical side name.</summary>
internal static class Countries
{
    private static readonly (string Phrase, string Side)[] Table =
    [
        ("united states of america", "United States"), ("united states", "United States"), ("u.s.", "United States"), ("US", "United States"),
        ("usa", "United States"), ("america", "United States"), ("american", "United States"), ("washington", "United States"),
        ("people's republic of china", "China"), ("china", "China"), ("chinese", "China"), ("prc", "China"), ("beijing", "China"),
        ("russian federation", "Russia"), ("russia", "Russia"), ("russian", "Russia"), ("moscow", "Russia"), ("kremlin", "Russia"),
        ("united kingdom", "United Kingdom"), ("u.k.", "United Kingdom"), ("uk", "United Kingdom"), ("britain", "United Kingdom"),
        ("great britain", "United Kingdom"), ("british", "United Kingdom"), ("london", "United Kingdom"),
        ("ukraine", "Ukraine"), ("ukrainian", "Ukraine"), ("kyiv", "Ukraine"), ("kiev", "Ukraine"),
        ("india", "India"), ("indian", "India"), ("new delhi", "India"),
        ("france", "France"), ("french", "France"), ("germany", "Germany"), ("german", "Germany"),
        ("japan", "Japan"), ("japanese", "Japan"), ("canada", "Canada"), ("canadian", "Canada"),
        ("mexico", "Mexico"), ("mexican", "Mexico"), ("italy", "Italy"), ("italian", "Italy"),
        ("republic of korea", "South Korea"), ("south korea", "South Korea"), ("korean", "South Korea"),
        ("australia", "Australia"), ("australian", "Australia"), ("israel", "Israel"), ("israeli", "Israel"),
        ("turkey", "Turkey"), ("turkish", "Turkey"), ("türkiye", "Turkey"), ("brazil", "Brazil"), ("brazilian", "Brazil"),
        ("poland", "Poland"), ("polish", "Poland"), ("saudi arabia", "Saudi Arabia"), ("saudi", "Saudi Arabia"),
        ("egypt", "Egypt"), ("egyptian", "Egypt"), ("qatar", "Qatar"), ("jordan", "Jordan"), ("spain", "Spain"), ("spanish", "Spain"),
        ("netherlands", "Netherlands"), ("dutch", "Netherlands"), ("vietnam", "Vietnam"), ("vietnamese", "Vietnam"),
        ("philippines", "Philippines"), ("philippine", "Philippines"), ("indonesia", "Indonesia"), ("indonesian", "Indonesia"),
        ("pakistan", "Pakistan"), ("pakistani", "Pakistan"), ("south africa", "South Africa"), ("kenya", "Kenya"), ("kenyan", "Kenya"),
        ("nigeria", "Nigeria"), ("nigerian", "Nigeria"), ("argentina", "Argentina"), ("argentine", "Argentina"), ("chile", "Chile"), ("chilean", "Chile"), ("colombia", "Colombia"), ("colombian", "Colombia"), ("peru", "Peru"), ("peruvian", "Peru"), ("venezuela", "Venezuela"),
        ("cuba", "Cuba"), ("cuban", "Cuba"), ("iran", "Iran"), ("iranian", "Iran"), ("syria", "Syria"), ("syrian", "Syria"), ("lebanon", "Lebanon"),
        ("lebanese", "Lebanon"), ("palestinian", "Palestine"), ("palestine", "Palestine"), ("ethiopia", "Ethiopia"), ("ethiopian", "Ethiopia"),
        ("bangladesh", "Bangladesh"), ("sri lanka", "Sri Lanka"), ("nepal", "Nepal"), ("mongolia", "Mongolia"), ("kazakhstan", "Kazakhstan"),
        ("uzbekistan", "Uzbekistan"), ("azerbaijan", "Azerbaijan"), ("armenia", "Armenia"), ("armenian", "Armenia"), ("serbia", "Serbia"),
        ("croatia", "Croatia"), ("hungary", "Hungary"), ("hungarian", "Hungary"), ("slovakia", "Slovakia"), ("bulgaria", "Bulgaria"),
        ("austria", "Austria"), ("austrian", "Austria"), ("switzerland", "Switzerland"), ("swiss", "Switzerland"), ("portugal", "Portugal"),
        ("portuguese", "Portugal"), ("iceland", "Iceland"), ("luxembourg", "Luxembourg"), ("cyprus", "Cyprus"), ("malta", "Malta"),
        ("morocco", "Morocco"), ("moroccan", "Morocco"), ("algeria", "Algeria"), ("tunisia", "Tunisia"), ("libya", "Libya"), ("sudan", "Sudan"),
        ("ghana", "Ghana"), ("senegal", "Senegal"), ("angola", "Angola"), ("kuwait", "Kuwait"), ("bahrain", "Bahrain"), ("oman", "Oman"),
        ("guatemala", "Guatemala"), ("honduras", "Honduras"), ("panama", "Panama"), ("ecuador", "Ecuador"), ("haiti", "Haiti"),
        ("sweden", "Sweden"), ("swedish", "Sweden"), ("finland", "Finland"), ("finnish", "Finland"), ("norway", "Norway"),
        ("denmark", "Denmark"), ("danish", "Denmark"), ("greece", "Greece"), ("greek", "Greece"), ("ireland", "Ireland"), ("irish", "Ireland"),
        ("new zealand", "New Zealand"), ("singapore", "Singapore"), ("thailand", "Thailand"), ("malaysia", "Malaysia"),
        ("iraq", "Iraq"), ("iraqi", "Iraq"), ("afghanistan", "Afghanistan"), ("uae", "United Arab Emirates"),
        ("united arab emirates", "United Arab Emirates"), ("belgium", "Belgium"), ("romania", "Romania"), ("czech republic", "Czech Republic"),
        ("lithuania", "Lithuania"), ("latvia", "Latvia"), ("estonia", "Estonia"), ("moldova", "Moldova"), ("georgia", "Georgia"),
    ];

    public static PhraseMatcher<string> Matcher { get; } = PhraseMatcher<string>.Build(Table.Select(t => (t.Phrase, t.Side, t.Phrase is "US")));

    /// <summary>
    /// The side one lower-case word names, or null: the same answer as <see cref="Find"/> gives for the word's text,
    /// without tokenizing it again (a word token read again on its own is the same single token).
    /// </summary>
    public static string? FindWord(ReadOnlySpan<char> lower) => Matcher.TryMatchWord(lower, out var side) ? side : null;

    /// <summary>The side a word or phrase names, or null.</summary>
    public static string? Find(string phrase)
    {
        var tokens = WordTokenizer.Tokenize(phrase);
        return tokens.Count > 0 && Matcher.TryMatchAt(tokens, 0, phrase, out var match) && match.TokenCount == tokens.Count ? match.Value : null;
    }
}
