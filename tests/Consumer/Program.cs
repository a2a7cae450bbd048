// A program outside the repository that uses Statements and Statements.Html only through their NuGet packages.
using Statements;
using Statements.Html;
using Statements.Rendering;
using Statements.Serialization;

var china = Readout.Parse("""
    side: China
    publisher: Xinhua
    ---
    President Xi Jinping spoke with U.S. President Joe Biden on the phone at the request of the latter. The two presidents had a candid and in-depth exchange of views.
    """);
var us = Readout.Parse("""
    publisher: The White House
    ---
    President Joseph R. Biden, Jr. spoke today with President Xi Jinping of the People's Republic of China. The two leaders held a candid and constructive discussion.
    """);
var comparison = ReadoutComparer.Default.Compare(china, us);
Console.WriteLine($"sides: {comparison.Left.Readout.Side} | {comparison.Right.Readout.Side}");
Console.WriteLine($"shared tone: {string.Join(", ", comparison.Tone.Shared)}");
Console.WriteLine($"left only: {string.Join(", ", comparison.Tone.LeftOnly)}");
Console.WriteLine($"right only: {string.Join(", ", comparison.Tone.RightOnly)}");
Console.WriteLine($"requested by: {comparison.Engagement.RequestedBy}");

var back = ComparisonJson.Deserialize(ComparisonJson.Serialize(comparison));
var sameRows = back.Rows.Select(r => r.Kind).SequenceEqual(comparison.Rows.Select(r => r.Kind));
Console.WriteLine($"json round trip: {(back.Left.Readout.Text == china.Text ? 2 : 0)} readouts, {(sameRows ? "same" : "different")} rows");

var page = HtmlReadout.Parse("""
    <!DOCTYPE html><html lang="en"><head><title>Readout of the call</title>
    <meta property="article:published_time" content="2024-04-02T12:00:00-04:00">
    <link rel="canonical" href="https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/02/readout/"></head>
    <body><nav>Menu</nav><main><h1>Readout of the call</h1>
    <p>President Joseph R. Biden, Jr. spoke today with President Xi Jinping. The two leaders held a candid and constructive discussion.</p>
    </main><footer>Footer</footer></body></html>
    """);
Console.WriteLine($"html page: {page.Side}, {page.Date}, {page.Title}");
var html = HtmlRenderer.Render(ReadoutComparer.Default.Compare(china, page));
Console.WriteLine($"html report: {html.Length} characters, {(html.Contains("<script", StringComparison.Ordinal) ? "a script" : "no script")}");
