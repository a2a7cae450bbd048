using PublicApiGenerator;
using Statements.Html;

namespace Statements.Tests.Html;

/// <summary>The Statements.Html package's public API must equal its checked-in snapshot (see <see cref="PublicApiTests"/>).</summary>
public class HtmlPublicApiTests
{
    [Fact]
    public void The_public_api_matches_the_approved_snapshot()
    {
        var api = typeof(HtmlReadout).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] })
            .ReplaceLineEndings("\n");
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Statements.sln")))
        {
            dir = dir.Parent;
        }

        var folder = Path.Combine(dir!.FullName, "tests", "Statements.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, "Statements.Html.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (api != approved)
        {
            File.WriteAllText(Path.Combine(folder, "Statements.Html.received.txt"), api);
        }

        api.Should().Be(approved, "the public API changed: review PublicApi/Statements.Html.received.txt and, if intended, make it the approved file");
    }
}
