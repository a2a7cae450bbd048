using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Statements.Benchmarks;

/// <summary>
/// <c>corpus DIR</c>: the corpus throughput mode (<see cref="CorpusMode"/>). Anything else goes to BenchmarkDotNet, e.g.
/// <c>--filter '*' --job short</c>.
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "corpus")
        {
            return CorpusMode.Run(args[1..], Console.Out, Console.Error);
        }

        // Results go beside the binaries (under bin/, ignored by git) unless --artifacts names another folder.
        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        Console.Write(BenchmarkInputs.Describe());
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
