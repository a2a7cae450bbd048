// A program outside the repository that uses Statements only through its NuGet package.
using Statements;

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
