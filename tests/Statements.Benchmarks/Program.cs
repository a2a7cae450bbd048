using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Statements.Benchmarks;

/// <summary>
/// <c>corpus DIR</c>: the corpus throughput mode (<see cref="CorpusMode"/>); <c>scaling [N ...]</c>: compare time against
/// readout size (<see cref="ScalingMode"/>); <c>nway [RUNS]</c>: an N-way comparison of five readouts (<see cref="NwayMode"/>);
/// <c>timeline DIR</c>: timelines of an archive at 1/4, 1/2 and all of it (<see cref="TimelineMode"/>). Anything else goes to BenchmarkDotNet, e.g.
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

        if (args.Length > 0 && args[0] == "nway")
        {
            return NwayMode.Run(args[1..], Console.Out);
        }

        if (args.Length > 0 && args[0] == "timeline")
        {
            return TimelineMode.Run(args[1..], Console.Out, Console.Error);
        }

        if (args.Length > 0 && args[0] == "chinese")
        {
            return ChineseMode.Run(args[1..], Console.Out);
        }

        if (args.Length > 0 && args[0] == "scaling")
        {
            return ScalingMode.Run(args[1..], Console.Out);
        }

        // The benchmark processes BenchmarkDotNet starts inherit this: a fixed server heap count. With heaps retired and
        // added at run time (DATAS) GC.GetTotalAllocatedBytes can go backwards (dotnet/runtime pull request 131069),
        // which made the Allocated column read "-". The corpus mode keeps DATAS: without it the peak working set over
        // the corpus doubles (415 MB against 150-165 MB).
        Environment.SetEnvironmentVariable("DOTNET_GCDynamicAdaptationMode", "0");

        // Results go beside the binaries (under bin/, ignored by git) unless --artifacts names another folder.
        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        Console.Write(BenchmarkInputs.Describe());
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
