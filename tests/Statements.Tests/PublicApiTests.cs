using PublicApiGenerator;

namespace Statements.Tests;

/// <summary>
/// Guards the public API: the library's API, as PublicApiGenerator prints it, must equal the checked-in
/// snapshot, so every API change is a visible diff. After an intended change, copy the
/// <c>.received.txt</c> file the failing test writes over <c>Statements.approved.txt</c>.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void The_public_api_matches_the_approved_snapshot()
    {
        var api = typeof(Readout).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] })
            .ReplaceLineEndings("\n");
        var folder = Path.Combine(RepositoryRoot(), "tests", "Statements.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, "Statements.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (api != approved)
        {
            File.WriteAllText(Path.Combine(folder, "Statements.received.txt"), api);
        }

        api.Should().Be(approved, "the public API changed: review PublicApi/Statements.received.txt and, if intended, make it the approved file");
    }

    /// <summary>The folder holding Statements.sln, found upwards from the test binaries (source paths are mapped away in CI builds).</summary>
    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Statements.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Statements.sln not found above " + AppContext.BaseDirectory);
    }
}
