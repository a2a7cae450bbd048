using System.CommandLine;
using System.CommandLine.Invocation;
using Spectre.Console;

namespace Statements.ConsoleApp;

/// <summary>
/// The command line (System.CommandLine): <c>compare LEFT RIGHT [MORE...]</c> (three or more files, or <c>--pivot N</c>: side by side), <c>article FILE</c>, <c>analyze FILE</c>,
/// <c>batch DIR --out FOLDER</c>, or no command to compare the built-in sample; options <c>--format</c>,
/// <c>--out</c>, <c>--width</c>, <c>--no-color</c>. Exit codes: 0 success, 1 usage error, 2 unusable input (a
/// missing, empty, binary or non-UTF-8 file, a missing folder, a batch in which any pair failed).
/// </summary>
internal static class Cli
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The command line is wrong: unknown command or option, missing argument, bad value.</summary>
    public const int Usage = 1;

    /// <summary>An input cannot be used, or (batch) a pair failed.</summary>
    public const int BadInput = 2;

    private const string Description = """
        Statements: compare the official readouts of one diplomatic call or meeting, side by side.

        A readout file is UTF-8 text, optionally preceded by 'key: value' header lines (side, publisher, title,
        date, source, language) and a line '---'. A file ending .html or .htm is read as a saved web page (White
        House, Chinese Foreign Ministry, Kremlin, GOV.UK or any page with a main article). With no command,
        compares the built-in sample (the Biden-Xi call of 2 April 2024).

        Examples:
          Statements.Console
          Statements.Console compare cn.txt us.txt
          Statements.Console compare cn.txt us.txt --format html --out call.html
          Statements.Console compare us.txt cn.txt xinhua.txt --pivot 2
          Statements.Console article news.txt --format markdown
          Statements.Console analyze cn.txt
          Statements.Console batch corpus/pairs --out reports --format html
          Statements.Console timeline corpus/wh-readouts --with China --format html --out china.html

        Exit codes: 0 success, 1 usage error, 2 unusable input (missing, empty, binary, non-UTF-8 or too large file;
        missing folder; in batch, any pair that failed).
        """;

    /// <summary>Runs the command line as if output were redirected (plain text, 120 columns).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, Terminal.Redirected);

    /// <summary>Runs the command line, writing reports to <paramref name="output"/> and messages to <paramref name="error"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Terminal terminal)
    {
        var parse = new Commands(output, error, terminal).Root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var problem in parse.Errors)
            {
                var message = string.Join(' ', problem.Message.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
                error.WriteLine(TerminalText.Visible($"error: {message} (see --help)"));
            }

            return Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (IOException e)
        {
            // Files are read and --out is written with their own messages; what reaches here is standard output
            // failing: a full device, a closed pipe.
            TryWrite(error, $"error: standard output cannot be written ({ReadoutLoader.OneLine(e.Message)})");
            return BadInput;
        }
    }

    private static void TryWrite(TextWriter writer, string line)
    {
        try
        {
            writer.WriteLine(line);
            writer.Flush();
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The command tree and the actions behind it, bound to one run's writers.</summary>
    private sealed class Commands
    {
        private readonly TextWriter output;
        private readonly TextWriter error;
        private readonly Terminal terminal;

        private readonly Option<string> format = new("--format", "-f")
        {
            Description = "Report format: text (a table, coloured on a terminal), markdown, html (one self-contained page), json (the statements.comparison/2 contract) or csv.",
            DefaultValueFactory = _ => "text",
            HelpName = "format",
            Recursive = true,
        };

        private readonly Option<int?> width = new("--width", "-w")
        {
            Description = "Width of the text view in columns, 40 to 1000 (default: the terminal's width, or 120 when output is redirected).",
            HelpName = "columns",
            Recursive = true,
        };

        private readonly Option<bool> noColor = new("--no-color")
        {
            Description = "Plain text without colour or other escape codes (also when NO_COLOR is set or output is redirected).",
            Recursive = true,
        };

        private readonly Option<string> language = new("--language")
        {
            Description = "A folder of language files (the format of src/Statements/Language/en: reporting-cues.txt, countries.txt, topics.json, ...) added to the built-in English: new cues, countries, topics, words.",
            HelpName = "folder",
            Recursive = true,
        };

        private readonly Option<string> languageReplace = new("--language-replace")
        {
            Description = "A folder holding a whole language (every file of src/Statements/Language/en) used instead of the built-in English.",
            HelpName = "folder",
            Recursive = true,
        };

        private readonly Option<bool> semantic = new("--semantic")
        {
            Description = "Also weigh the claims' sentence embeddings (all-MiniLM-L6-v2, run locally; about 2 s to load) when linking them: on the gold pairs it finds more of the links analysts make.",
            Recursive = true,
        };

        private readonly Option<string> topics = new("--topics")
        {
            Description = "A topic taxonomy (JSON, the format of topics.json) used instead of the built-in topics, for tagging and alignment.",
            HelpName = "file",
            Recursive = true,
        };

        public Commands(TextWriter output, TextWriter error, Terminal terminal)
        {
            this.output = output;
            this.error = error;
            this.terminal = terminal;
            format.AcceptOnlyFromAmong(ReportFormats.Names);
            width.Validators.Add(result =>
            {
                if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, out var w) && w is < 40 or > 1000)
                {
                    result.AddError($"--width must be between 40 and 1000, not {w}");
                }
            });

            var rootOut = OutFile();
            Root = new RootCommand(Description) { format, width, noColor, language, languageReplace, topics, semantic, rootOut };
            Root.SetAction(parse =>
            {
                var (left, right) = Readouts.Sample;
                return Comparer(parse) is { } comparer ? EmitComparison(parse, rootOut, comparer.Compare(left, right)) : BadInput;
            });

            var leftArg = new Argument<string>("LEFT") { Description = "The first readout file (its column is on the left)." };
            var rightArg = new Argument<string>("RIGHT") { Description = "The second readout file (on the right)." };
            var moreArg = new Argument<string[]>("MORE")
            {
                Description = "Further readout files of the same engagement: with three or more files the readouts are compared side by side, one column each in the order given (matters carried by all, by some, by one).",
                Arity = ArgumentArity.ZeroOrMore,
            };
            var pivot = new Option<int?>("--pivot")
            {
                Description = "Compare the files side by side and read all against the Nth file (1 = LEFT): matters in its reading order, each other column saying how it stands to it.",
                HelpName = "N",
            };
            var compareOut = OutFile();
            var compare = new Command("compare", "Compare two or more readout files of one engagement: tone, engagement facts and claims aligned row by row; three or more files (or --pivot) side by side, one column each.")
            {
                leftArg, rightArg, moreArg, pivot, compareOut,
            };
            compare.SetAction(parse =>
            {
                var more = parse.GetValue(moreArg) ?? [];
                var pivotColumn = parse.GetValue(pivot);
                if (more.Length > 0 || pivotColumn is not null)
                {
                    return CompareMany(parse, compareOut, [parse.GetValue(leftArg)!, parse.GetValue(rightArg)!, .. more], pivotColumn);
                }

                var comparer = Comparer(parse);
                var left = comparer is null ? null : Load(parse.GetValue(leftArg)!);
                var right = left is null ? null : Load(parse.GetValue(rightArg)!);
                if (right is null)
                {
                    return BadInput;
                }

                // One side's Chinese original against its own English version: what the translation leaves out or adds.
                return IsTranslation(comparer!, left!, right)
                    ? EmitTranslation(parse, compareOut, comparer!.CompareTranslation(left!, right))
                    : EmitComparison(parse, compareOut, comparer!.Compare(left!, right));
            });

            var articleArg = new Argument<string>("FILE") { Description = "A news article that reports what both sides said." };
            var articleOut = OutFile();
            var article = new Command("article", "Split a news article that reports both sides of an engagement into two readouts, and compare them.")
            {
                articleArg, articleOut,
            };
            article.SetAction(parse =>
            {
                if (Comparer(parse) is not { } comparer || Load(parse.GetValue(articleArg)!) is not { } text)
                {
                    return BadInput;
                }

                var split = new Articles.ArticleSplitter(comparer.Analyzer).Split(text.Text, text.Name);
                return EmitComparison(parse, articleOut, comparer.Compare(split.Left, split.Right));
            });

            var analyzeArg = new Argument<string>("FILE") { Description = "The readout file to analyse." };
            var analyzeOut = OutFile();
            var analyze = new Command("analyze", "Analyse one readout: its claims with speaker, cue, topics and stance, its topics, and its tone by category.")
            {
                analyzeArg, analyzeOut,
            };
            analyze.SetAction(parse =>
                Comparer(parse) is { } comparer && Load(parse.GetValue(analyzeArg)!) is { } readout ? EmitAnalysis(parse, analyzeOut, comparer.Analyze(readout)) : BadInput);

            var dirArg = new Argument<string>("DIR")
            {
                Description = "A folder of pair folders. A pair folder holds exactly two readout files (*.txt; files named gold* are ignored); other folders are skipped. The United States readout goes on the right, else the files go in name order.",
            };
            var batchOut = new Option<string>("--out", "-o")
            {
                Description = "The folder for the reports (created if missing): one NAME.EXT per pair folder, plus index.EXT (a folder named index gets index-2.EXT).",
                HelpName = "folder",
                Required = true,
            };
            NotEmpty(batchOut);
            var followLinks = new Option<bool>("--follow-links")
            {
                Description = "Read readout files through symbolic links that lead outside DIR (refused by default).",
            };
            var batch = new Command("batch", "Compare every pair folder under DIR in parallel and write one report per pair plus an index. Exit code 2 if any pair failed; the others still get their reports.")
            {
                dirArg, batchOut, followLinks,
            };
            batch.SetAction(parse =>
            {
                if (Comparer(parse) is not { } comparer)
                {
                    return BadInput;
                }

                var colour = terminal.Colour(parse.GetValue(noColor));
                // Redirected, the per-pair lines are not wrapped: one line per pair, whatever its length.
                var console = Terminal.CreateConsole(output, colour, colour ? terminal.LayoutWidth(parse.GetValue(width)) : 4096, interactive: colour);
                var runner = new BatchRunner(parse.GetValue(dirArg)!, parse.GetValue(batchOut)!, ReportFormats.Parse(parse.GetValue(format)!), parse.GetValue(width) ?? Terminal.RedirectedWidth, comparer, parse.GetValue(followLinks));
                return runner.Run(console, error, interactive: colour);
            });

            var timelineDir = new Argument<string>("DIR") { Description = "A folder of readout files (*.txt at any depth; README files left out)." };
            var with = new Option<string>("--with")
            {
                Description = "Only the timeline of this counterpart (a country, e.g. China).",
                HelpName = "country",
            };
            var from = new Option<string>("--from") { Description = "Only readouts dated on or after this day (yyyy-mm-dd).", HelpName = "date" };
            var to = new Option<string>("--to") { Description = "Only readouts dated on or before this day (yyyy-mm-dd).", HelpName = "date" };
            IsoDate(from);
            IsoDate(to);
            var timelineOut = OutFile();
            var timeline = new Command("timeline", "Read a folder of readouts into timelines per counterpart: readouts in date order, recurring formulations, what each readout adds and drops against the previous one, topic and tone by quarter. Unreadable files are listed with the reason; the rest is still built.")
            {
                timelineDir, with, from, to, timelineOut,
            };
            timeline.SetAction(parse =>
            {
                if (Comparer(parse) is not { } comparer)
                {
                    return BadInput;
                }

                var folder = parse.GetValue(timelineDir)!;
                if (!Directory.Exists(folder))
                {
                    error.WriteLine(TerminalText.Visible($"error: {ReadoutLoader.FullPath(folder)}: folder not found"));
                    return BadInput;
                }

                var built = Timeline.ReadoutTimeline.LoadAsync(folder, comparer).GetAwaiter().GetResult();
                var counterpart = parse.GetValue(with);
                var first = parse.GetValue(from) is { } f ? DateOnly.ParseExact(f, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
                var last = parse.GetValue(to) is { } t ? DateOnly.ParseExact(t, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
                var shown = counterpart is null && first is null && last is null ? built : built.Narrow(counterpart, first, last);
                foreach (var problem in built.Problems)
                {
                    error.WriteLine(TerminalText.Visible($"warning: {problem.Path}: {problem.Reason}"));
                }

                if (counterpart is not null && shown.Counterparts.IsEmpty)
                {
                    error.WriteLine(TerminalText.Visible($"error: no readout in {ReadoutLoader.FullPath(folder)} names the counterpart '{counterpart}'"));
                    return BadInput;
                }

                var reportFormat = ReportFormats.Parse(parse.GetValue(format)!);
                var text = ReportFormats.Render(shown, reportFormat);
                var path = parse.GetValue(timelineOut);
                if (path is null)
                {
                    output.Write(text);
                    return Ok;
                }

                try
                {
                    AtomicFile.WriteAllText(path, text);
                    return Ok;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    error.WriteLine(TerminalText.Visible($"error: {ReadoutLoader.FullPath(path)}: cannot be written ({ReadoutLoader.OneLine(e.Message)})"));
                    return BadInput;
                }
            });

            Root.Subcommands.Add(compare);
            Root.Subcommands.Add(article);
            Root.Subcommands.Add(analyze);
            Root.Subcommands.Add(batch);
            Root.Subcommands.Add(timeline);
        }

        public RootCommand Root { get; }

        private static Option<string> OutFile()
        {
            var option = new Option<string>("--out", "-o")
            {
                Description = "Write the report to this file instead of the screen (text is then plain, without colour).",
                HelpName = "file",
            };
            NotEmpty(option);
            return option;
        }

        private static void IsoDate(Option<string> option) =>
            option.Validators.Add(result =>
            {
                if (result.Tokens.Count == 1 && !DateOnly.TryParseExact(result.Tokens[0].Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
                {
                    result.AddError($"{option.Name} needs a date as yyyy-mm-dd, not '{result.Tokens[0].Value}'");
                }
            });

        private static void NotEmpty(Option<string> option) =>
            option.Validators.Add(result =>
            {
                if (result.Tokens.Count == 1 && string.IsNullOrWhiteSpace(result.Tokens[0].Value))
                {
                    result.AddError($"{option.Name} needs a path, not an empty string");
                }
            });

        /// <summary>
        /// The comparer the options ask for: the built-in one, or one with a language folder added to English
        /// (--language) or used instead (--language-replace), a topic taxonomy (--topics) and sentence embeddings
        /// (--semantic). A bad folder or file is
        /// reported in one line and gives null.
        /// </summary>
        private ReadoutComparer? Comparer(ParseResult parse)
        {
            var added = parse.GetValue(language);
            var replacing = parse.GetValue(languageReplace);
            var taxonomy = parse.GetValue(topics);
            var embeddings = parse.GetValue(semantic);
            if (added is null && replacing is null && taxonomy is null && !embeddings)
            {
                return ReadoutComparer.Default;
            }

            if (added is not null && replacing is not null)
            {
                error.WriteLine("error: --language and --language-replace cannot be used together");
                return null;
            }

            try
            {
                var chosen = replacing is not null
                    ? Language.ReadoutLanguage.Load(replacing)
                    : added is not null ? Language.ReadoutLanguage.English.ToBuilder().AddFrom(added).Build() : Language.ReadoutLanguage.English;
                var builder = ReadoutComparer.CreateBuilder().UseLanguage(chosen);
                if (taxonomy is not null)
                {
                    builder.UseTopics(Topics.TopicTaxonomy.Parse(File.ReadAllText(taxonomy)));
                }

                if (embeddings)
                {
                    builder.UseLinker(Semantic.SemanticLinking.CreateLinker(chosen));
                }

                return builder.Build();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
            {
                var what = e is FileNotFoundException or DirectoryNotFoundException ? e.Message : e.Message.ReplaceLineEndings(" ");
                error.WriteLine($"error: {(taxonomy is not null && e is FormatException and not Language.LanguageDataException ? taxonomy + ": " : "")}{what}");
                return null;
            }
        }

        private Readout? Load(string path)
        {
            var readout = ReadoutLoader.TryLoad(path, out var message);
            if (readout is null)
            {
                error.WriteLine(TerminalText.Visible(message));
            }

            return readout;
        }

        /// <summary>
        /// The side-by-side comparison of <c>compare</c> with three or more files or <c>--pivot</c>: every file is loaded and
        /// each unusable one reported in its own line (exit code 2); a pivot outside 1..N is a usage error (exit code 1).
        /// </summary>
        private int CompareMany(ParseResult parse, Option<string> outOption, string[] paths, int? pivotColumn)
        {
            if (pivotColumn is { } p && (p < 1 || p > paths.Length))
            {
                error.WriteLine($"error: --pivot must be between 1 and {paths.Length} (the number of readout files), not {p} (see --help)");
                return Usage;
            }

            if (Comparer(parse) is not { } comparer)
            {
                return BadInput;
            }

            var readouts = paths.Select(Load).ToList();
            if (readouts.Any(r => r is null))
            {
                return BadInput;
            }

            var comparison = comparer.Compare(readouts!);
            if (pivotColumn is { } column)
            {
                comparison = comparison.WithPivot(column - 1);
            }

            return Emit(parse, outOption, null, (f, w) => ReportFormats.Render(comparison, f, w));
        }

        private int EmitComparison(ParseResult parse, Option<string> outOption, Comparison comparison) =>
            Emit(parse, outOption, console => new ComparisonView(comparison).Write(console), (f, w) => ReportFormats.Render(comparison, f, w));

        private int EmitTranslation(ParseResult parse, Option<string> outOption, TranslationComparison comparison) =>
            Emit(parse, outOption, console => console.Write(new Spectre.Console.Text(TerminalText.Visible(Rendering.TranslationRenderer.ToText(comparison)))), (f, _) => ReportFormats.Render(comparison, f));

        /// <summary>Two readouts of one side (same known side) in two languages, one of them Chinese.</summary>
        private static bool IsTranslation(ReadoutComparer comparer, Readout left, Readout right) =>
            left.Side == right.Side && left.Side != SideResolver.Unknown
            && comparer.AnalyzerFor(left).Language.WithoutSpaces != comparer.AnalyzerFor(right).Language.WithoutSpaces;

        private int EmitAnalysis(ParseResult parse, Option<string> outOption, ReadoutAnalysis analysis) =>
            Emit(parse, outOption, console => new AnalysisView(analysis).Write(console), (f, w) => ReportFormats.Render(analysis, f, w));

        /// <summary>Writes a report: the Spectre view (where there is one) to the screen for text, else the rendered string; to --out when given.</summary>
        private int Emit(ParseResult parse, Option<string> outOption, Action<IAnsiConsole>? view, Func<ReportFormat, int, string> render)
        {
            var reportFormat = ReportFormats.Parse(parse.GetValue(format)!);
            var path = parse.GetValue(outOption);
            if (path is not null)
            {
                var text = render(reportFormat, parse.GetValue(width) ?? Terminal.RedirectedWidth);
                try
                {
                    AtomicFile.WriteAllText(path, text);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    error.WriteLine(TerminalText.Visible($"error: {ReadoutLoader.FullPath(path)}: cannot be written ({ReadoutLoader.OneLine(e.Message)})"));
                    return BadInput;
                }
            }
            else if (reportFormat == ReportFormat.Text && view is null)
            {
                output.Write(render(reportFormat, terminal.LayoutWidth(parse.GetValue(width))));
            }
            else if (reportFormat == ReportFormat.Text)
            {
                view!(Terminal.CreateConsole(output, terminal.Colour(parse.GetValue(noColor)), terminal.LayoutWidth(parse.GetValue(width))));
            }
            else
            {
                output.Write(render(reportFormat, Terminal.RedirectedWidth));
            }

            return Ok;
        }
    }
}
