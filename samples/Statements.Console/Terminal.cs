using Spectre.Console;

namespace Statements.ConsoleApp;

/// <summary>
/// What the console knows about where its output goes: whether standard output is a terminal, whether the user
/// asked for no colour (the <c>NO_COLOR</c> variable), and the terminal's width. Tests pass their own.
/// </summary>
/// <param name="IsTerminal">Standard output is an interactive terminal (not redirected to a file or a pipe).</param>
/// <param name="NoColor">The <c>NO_COLOR</c> environment variable is set to a non-empty value.</param>
/// <param name="Width">The terminal's width in columns, or null where unknown.</param>
internal sealed record Terminal(bool IsTerminal, bool NoColor, int? Width)
{
    /// <summary>The width of text reports that go to a file or a pipe.</summary>
    public const int RedirectedWidth = 120;

    /// <summary>Output that is not a terminal: plain text, 120 columns; what tests use unless they say otherwise.</summary>
    public static Terminal Redirected { get; } = new(false, false, null);

    /// <summary>The process's own standard output.</summary>
    public static Terminal Detect()
    {
        var redirected = Console.IsOutputRedirected;
        int? width = null;
        if (!redirected)
        {
            try
            {
                width = Console.WindowWidth;
            }
            catch (IOException)
            {
            }
        }

        return new Terminal(!redirected, !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")), width is > 0 ? width : null);
    }

    /// <summary>Whether output to the terminal may carry colour and other ANSI escapes.</summary>
    public bool Colour(bool noColorOption) => IsTerminal && !NoColor && !noColorOption;

    /// <summary>The width to lay text out in: the option, else the terminal's width (60 to 250), else 120.</summary>
    public int LayoutWidth(int? widthOption) =>
        widthOption ?? (IsTerminal && Width is { } w ? Math.Clamp(w, 60, 250) : RedirectedWidth);

    /// <summary>
    /// A Spectre console writing to <paramref name="writer"/>: with ANSI colour and styles when <paramref name="colour"/>,
    /// else plain text with no escape sequence at all; never interactive unless <paramref name="interactive"/>.
    /// </summary>
    public static IAnsiConsole CreateConsole(TextWriter writer, bool colour, int width, bool interactive = false)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        return console;
    }
}
