using System.Text;

namespace Statements;

/// <summary>
/// What the two national character sets say about a Han character, read from the runtime's own code-page tables
/// (<see cref="CodePagesEncodingProvider"/>, no word list of our own): whether it is common (GB 2312 level 1, the
/// 3,755 most frequent simplified characters, or Big5 level 1, the 5,401 common traditional ones), and whether only
/// GB 2312 (simplified forms) or only Big5 (traditional forms) holds it; and whether it is among the most frequent
/// characters of running text (<see cref="IsFrequent"/>). Built once on first use; thread-safe.
/// </summary>
internal static class HanCharacters
{
    private const byte Common = 1;
    private const byte InGb2312 = 2;
    private const byte InBig5 = 4;
    private const byte Frequent = 8;

    // The most frequent characters of modern written Chinese (simplified, about the first 900 of the usual
    // frequency lists: they make up about four fifths of running text), and the same list in traditional forms,
    // converted with ICU: uconv -x Hans-Hant. Tested: every simplified one is in GB 2312, every traditional one in Big5.
    private const string FrequentSimplified =
        "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方" +
        "多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情" +
        "明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给" +
        "世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太" +
        "量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象" +
        "完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济" +
        "车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚" +
        "请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历" +
        "首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音" +
        "跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值" +
        "仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤" +
        "素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担" +
        "州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控" +
        "税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮" +
        "露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康" +
        "虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨";

    private const string FrequentTraditional =
        "的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作里用道行所然家種事成方" +
        "多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實日軍者意無力它與長把機十民第公此已工使情" +
        "明性知全三又關點正業外將兩高間由問很最重並物手應戰向頭文體政美相見被利什二等產或新己制身果加西斯月話合回特代內信表化老給" +
        "世位次度門任常先海通教兒原東聲提立及比員解水名真論處走義各入幾口認條平系氣題活爾更別打女變四神總何電數安少報才結反受目太" +
        "量再感建務做接必場件計管期市直德資命山金指克許統區保至隊形社便空決治展馬科司五基眼書非則聽白卻界達光放強即像難且權思王象" +
        "完設式色路記南品住告類求據程北邊死張該交規萬取拉格望覺術領共確傳師觀清今切院讓識候帶導爭運笑飛風步改收根乾造言聯持組每濟" +
        "車親極林服快辦議往元英士證近失轉夫令准布始怎呢存未遠叫台單影具羅字愛擊流備兵連調深商算質團集百需價花黨華城石級整府離況亞" +
        "請技際約示復病息究線似官火斷精滿支視消越器容照須九增研寫稱企八功嗎包片史委乎查輕易早曾除農找裝廣顯吧阿李標談吃圖念六引歷" +
        "首醫局突專費號盡另周較注語僅考落青隨選列武紅響雖推勢參希古眾構房半節土投某案黑維革划敵致陳律足態護七興派孩驗責營星夠章音" +
        "跟志底站嚴巴例防族供效續施留講型料終答緊黃絕奇察母京段依批群項故按河米圍江織害鬥雙境客紀採舉殺攻父蘇密低朝友訴止細願千值" +
        "仍男錢破網熱助倒育屬坐帝限船臉職速刻樂否剛威毛狀率甚獨球般普怕彈校苦創假久錯承印晚蘭試股拿腦預誰益陽若哪微尼繼送急血驚傷" +
        "素藥適波夜省初喜衛源食險待述陸習置居勞財環排福納歡雷警獲模充負雲停木游龍樹疑層冷洲衝射略範竟句室異激漢村哈策演簡卡罪判擔" +
        "州靜退既衣您宗積余痛檢差富靈協角佔配徵修皮揮勝降階審沈堅善媽劉讀啊超免壓銀買皇養伊懷執副亂抗犯追幫宣佛歲航優怪香著田鐵控" +
        "稅左右份穿藝背陣草腳概惡塊頓敢守酒島托央戶烈洋哥索胡款靠評版寶座釋景顧弟登貨互付伯慢歐換聞危忙核暗姐介壞討麗良序升監臨亮" +
        "露永呼味野架域沙掉括艦魚雜誤灣吉減編楚肯測敗屋跑夢散溫困劍漸封救貴槍缺樓縣尚毫移娘朋畫班智亦耳恩短掌恐遺固席松秘謝魯遇康" +
        "慮幸均銷鐘詩藏趕劇票損忽巨炮舊端探湖錄葉春鄉附吸予禮港雨";

    private static readonly Lazy<byte[]> Table = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A CJK unified or compatibility ideograph of the Basic Multilingual Plane.</summary>
    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>The high surrogate of a character in planes 2 and 3 (the CJK extensions B and later).</summary>
    public static bool IsHanHighSurrogate(char c) => c is >= '\uD840' and <= '\uD8BF';

    /// <summary>In GB 2312 level 1 or Big5 level 1: a character ordinary Chinese text is mostly made of.</summary>
    public static bool IsCommon(char c) => (Table.Value[c] & Common) != 0;

    /// <summary>Among the most frequent characters of running text, in simplified or traditional form.</summary>
    public static bool IsFrequent(char c) => (Table.Value[c] & Frequent) != 0;

    /// <summary>The frequent characters as listed, simplified then traditional (for tests).</summary>
    internal static (string Simplified, string Traditional) FrequentLists => (FrequentSimplified, FrequentTraditional);

    /// <summary>A simplified form: in GB 2312 but not in Big5 (这, 国, 说).</summary>
    public static bool IsSimplifiedOnly(char c) => (Table.Value[c] & (InGb2312 | InBig5)) == InGb2312;

    /// <summary>A traditional form: in Big5 but not in GB 2312 (這, 國, 說).</summary>
    public static bool IsTraditionalOnly(char c) => (Table.Value[c] & (InGb2312 | InBig5)) == InBig5;

    private static byte[] Build()
    {
        var table = new byte[char.MaxValue + 1];
        var replacement = new DecoderReplacementFallback("\uFFFD");

        // GB 2312's Han rows as GBK (code page 936) has them: lead 0xB0-0xF7, trail 0xA1-0xFE; level 1 ends at 0xD7.
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936, EncoderFallback.ReplacementFallback, replacement)!;
        for (var lead = 0xB0; lead <= 0xF7; lead++)
        {
            for (var trail = 0xA1; trail <= 0xFE; trail++)
            {
                Mark(table, gbk, lead, trail, InGb2312 | (lead <= 0xD7 ? Common : 0));
            }
        }

        // Big5 (code page 950): lead 0xA4-0xF9, trail 0x40-0x7E or 0xA1-0xFE; level 1 is 0xA440-0xC67E.
        var big5 = CodePagesEncodingProvider.Instance.GetEncoding(950, EncoderFallback.ReplacementFallback, replacement)!;
        for (var lead = 0xA4; lead <= 0xF9; lead++)
        {
            for (var trail = 0x40; trail <= 0xFE; trail++)
            {
                if (trail is > 0x7E and < 0xA1)
                {
                    continue;
                }

                var levelOne = lead < 0xC6 || (lead == 0xC6 && trail <= 0x7E);
                Mark(table, big5, lead, trail, InBig5 | (levelOne ? Common : 0));
            }
        }

        foreach (var c in FrequentSimplified + FrequentTraditional)
        {
            table[c] |= Frequent;
        }

        return table;
    }

    private static void Mark(byte[] table, Encoding encoding, int lead, int trail, int flags)
    {
        ReadOnlySpan<byte> pair = [(byte)lead, (byte)trail];
        Span<char> chars = stackalloc char[4];
        if (encoding.GetChars(pair, chars) == 1 && IsHan(chars[0]))
        {
            table[chars[0]] |= (byte)flags;
        }
    }
}
