using System.Reflection;
using System.Text;
using Statements.Articles;
using Statements.Batch;

namespace Statements.Tests;

/// <summary>Input limits and errors of the core library's public entry points.</summary>
public class InputLimitTests
{
    private static readonly Readout Us = Readouts.SampleUnitedStates;

    [Fact]
    public void Null_arguments_throw_ArgumentNullException_at_every_front_door()
    {
        var analysis = ReadoutComparer.Default.Analyze(Us);
        var checks = new (string Name, Action Call)[]
        {
            ("new Readout(text)", () => _ = new Readout(null!, "China")),
            ("new Readout(side)", () => _ = new Readout("x", null!)),
            ("Readout.Parse", () => Readout.Parse(null!)),
            ("Readout.Load", () => Readout.Load(null!)),
            ("ReadoutComparer.Analyze(readout)", () => ReadoutComparer.Default.Analyze(null!)),
            ("ReadoutComparer.Analyze(id)", () => ReadoutComparer.Default.Analyze(Us, null!)),
            ("ReadoutComparer.Compare(left)", () => ReadoutComparer.Default.Compare(null!, Us)),
            ("ReadoutComparer.Compare(right)", () => ReadoutComparer.Default.Compare(Us, (Readout)null!)),
            ("ReadoutComparer.Compare(analysis)", () => ReadoutComparer.Default.Compare(analysis, (ReadoutAnalysis)null!)),
            ("ReadoutAnalyzer.Analyze", () => ReadoutAnalyzer.Default.Analyze(null!)),
            ("ArticleSplitter.Split", () => ArticleSplitter.Default.Split(null!)),
            ("new ArticleSplitter", () => _ = new ArticleSplitter(null!)),
            ("ReadoutBatch.AnalyzeAllAsync", () => ReadoutBatch.AnalyzeAllAsync(null!)),
            ("ReadoutBatch.CompareAllAsync", () => ReadoutBatch.CompareAllAsync(null!)),
            ("SideResolver.Canonical", () => SideResolver.Canonical(null!)),
            ("Builder.UseLexicon", () => ReadoutComparer.CreateBuilder().UseLexicon(null!)),
        };

        foreach (var (name, call) in checks)
        {
            call.Should().Throw<ArgumentNullException>(name);
        }
    }

    [Fact]
    public async Task Every_public_static_method_and_constructor_rejects_null_for_a_non_nullable_parameter()
    {
        var nullability = new NullabilityInfoContext();
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var type in typeof(Readout).Assembly.GetExportedTypes().Where(t => !t.IsInterface && !t.IsEnum && !t.IsSubclassOf(typeof(Delegate))))
        {
            var members = type.GetConstructors().Cast<MethodBase>()
                .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition));
            // Positional records are data carriers, not entry points (Readout, which checks, is covered above).
            var isRecord = type.GetMethod("<Clone>$") is not null || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);
            if (type.IsGenericTypeDefinition || typeof(Exception).IsAssignableFrom(type) || isRecord)
            {
                continue;
            }

            foreach (var member in members)
            {
                var parameters = member.GetParameters();
                for (var i = 0; i < parameters.Length; i++)
                {
                    if (parameters[i].ParameterType.IsValueType || nullability.Create(parameters[i]).WriteState != NullabilityState.NotNull)
                    {
                        continue;
                    }

                    var args = new object?[parameters.Length];
                    var possible = true;
                    for (var j = 0; j < parameters.Length && possible; j++)
                    {
                        possible = j == i || TryValue(parameters[j], out args[j]);
                    }

                    if (!possible)
                    {
                        continue;
                    }

                    checkedCount++;
                    try
                    {
                        var result = member is ConstructorInfo ctor ? ctor.Invoke(args) : member.Invoke(null, args);
                        if (result is Task task)
                        {
                            await task;
                        }

                        failures.Add($"{type.Name}.{member.Name}({parameters[i].Name}): no exception");
                    }
                    catch (TargetInvocationException e) when (e.InnerException is ArgumentNullException)
                    {
                    }
                    catch (ArgumentNullException)
                    {
                    }
                    catch (Exception e)
                    {
                        var inner = e is TargetInvocationException { InnerException: { } x } ? x : e;
                        failures.Add($"{type.Name}.{member.Name}({parameters[i].Name}): {inner.GetType().Name}");
                    }
                }
            }
        }

        checkedCount.Should().BeGreaterThan(20);
        failures.Should().BeEmpty();
    }

    private static bool TryValue(ParameterInfo parameter, out object? value)
    {
        var type = parameter.ParameterType;
        value = parameter.HasDefaultValue ? parameter.DefaultValue
            : type == typeof(string) ? "x"
            : type == typeof(Readout) ? Us
            : type == typeof(ReadoutAnalysis) ? ReadoutAnalyzer.Default.Analyze(Us)
            : type == typeof(Comparison) ? ReadoutComparer.Default.Compare(Readouts.SampleChina, Us)
            : type == typeof(ReadoutAnalyzer) ? ReadoutAnalyzer.Default
            : type == typeof(ReadoutComparer) ? ReadoutComparer.Default
            : type == typeof(int) ? 1
            : type == typeof(double) ? 0.5
            : type == typeof(bool) ? false
            : type == typeof(CancellationToken) ? CancellationToken.None
            : null;
        return value is not null || parameter.HasDefaultValue;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\t \r\n")]
    [InlineData("\u00A0\u2003\u3000")]
    public void Empty_or_white_space_text_gives_an_empty_analysis(string text)
    {
        foreach (var readout in new[] { new Readout(text, "China"), Readout.Parse(text), Readout.Parse(text, side: "US") })
        {
            readout.IsEmpty.Should().Be(string.IsNullOrWhiteSpace(text));
            var analysis = ReadoutComparer.Default.Analyze(readout);
            analysis.Claims.Should().BeEmpty();
            analysis.ToneHits.Should().BeEmpty();
        }
    }

    [Fact]
    public void An_empty_readout_compares_as_one_with_no_claims()
    {
        var comparison = ReadoutComparer.Default.Compare(new Readout("", "China"), Us);
        comparison.Rows.Should().NotBeEmpty().And.OnlyContain(r => r.Kind == RowKind.RightOnly);
    }

    [Fact]
    public void The_default_limit_is_one_mebi_character_and_is_exposed()
    {
        ReadoutAnalyzer.DefaultMaxReadoutLength.Should().Be(1_048_576);
        ReadoutAnalyzer.Default.MaxReadoutLength.Should().Be(1_048_576);
        ReadoutComparer.Default.MaxReadoutLength.Should().Be(1_048_576);
        ReadoutComparer.CreateBuilder().WithMaxReadoutLength(500).Build().MaxReadoutLength.Should().Be(500);
        ReadoutComparer.CreateBuilder().WithMaxReadoutLength(500).Build().Analyzer.MaxReadoutLength.Should().Be(500);
    }

    [Fact]
    public void A_text_over_the_default_limit_throws_ReadoutTooLargeException_naming_both_numbers()
    {
        var text = new string('a', ReadoutAnalyzer.DefaultMaxReadoutLength + 1);
        var act = () => ReadoutComparer.Default.Analyze(new Readout(text, "China") { Name = "big.txt" });

        var error = act.Should().Throw<ReadoutTooLargeException>().Which;
        error.Length.Should().Be(1_048_577);
        error.Limit.Should().Be(1_048_576);
        error.Message.Should().Be("big.txt: the text is 1,048,577 characters long, over the limit of 1,048,576 characters");
        error.Should().BeAssignableTo<ReadoutFormatException>();
    }

    [Fact]
    public void A_text_at_the_limit_is_analysed()
    {
        var comparer = ReadoutComparer.CreateBuilder().WithMaxReadoutLength(Us.Text.Length).Build();
        comparer.Analyze(Us).Claims.Should().NotBeEmpty();
        var act = () => comparer.Analyze(Us with { Text = Us.Text + " " });
        act.Should().Throw<ReadoutTooLargeException>().Which.Length.Should().Be(Us.Text.Length + 1);
    }

    [Fact]
    public async Task The_limit_applies_to_comparison_articles_and_batches()
    {
        var comparer = ReadoutComparer.CreateBuilder().WithMaxReadoutLength(100).Build();
        var compare = () => comparer.Compare(Readouts.SampleChina, Us);
        compare.Should().Throw<ReadoutTooLargeException>();

        var split = () => new ArticleSplitter(comparer.Analyzer).Split(Us.Text, "article.txt");
        split.Should().Throw<ReadoutTooLargeException>().WithMessage("article.txt: *over the limit of 100 characters");

        var results = await ReadoutBatch.AnalyzeAllAsync([Us, new Readout("Short text.", "China")], comparer);
        results[0].Error.Should().BeOfType<ReadoutTooLargeException>();
        results[1].Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_limit_below_one_is_refused(int limit)
    {
        var builder = () => ReadoutComparer.CreateBuilder().WithMaxReadoutLength(limit);
        builder.Should().Throw<ArgumentOutOfRangeException>();
        var init = () => new ReadoutAnalyzer(
            ReadoutAnalyzer.Default.Normalizer, ReadoutAnalyzer.Default.Splitter, ReadoutAnalyzer.Default.Participants,
            ReadoutAnalyzer.Default.Claims, ReadoutAnalyzer.Default.Topics, ReadoutAnalyzer.Default.Tone) { MaxReadoutLength = limit };
        init.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_console_reports_a_too_large_readout_in_one_line_with_exit_code_2()
    {
        var dir = Directory.CreateTempSubdirectory("statements-limit-");
        try
        {
            var big = Path.Combine(dir.FullName, "big.txt");
            File.WriteAllText(big, string.Concat(Enumerable.Repeat("President Xi said the two sides should talk. ", 25_000)));
            var small = Path.Combine(dir.FullName, "small.txt");
            File.WriteAllText(small, Us.Text);
            var output = new StringWriter();
            var error = new StringWriter();

            var code = Statements.ConsoleApp.Cli.Run(["compare", big, small], output, error);

            code.Should().Be(2);
            error.ToString().TrimEnd().Split('\n').Should().ContainSingle()
                .Which.Should().StartWith("error: ").And.Contain("over the limit of 1,048,576 characters");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
