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
        var folder = Path.Combine(SourceFolder(), "PublicApi");
        var approvedPath = Path.Combine(folder, "Statements.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (api != approved)
        {
            File.WriteAllText(Path.Combine(folder, "Statements.received.txt"), api);
        }

        api.Should().Be(approved, "the public API changed: review PublicApi/Statements.received.txt and, if intended, make it the approved file");
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
