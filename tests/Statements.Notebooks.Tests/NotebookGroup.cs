namespace Statements.Notebooks.Tests;

/// <summary>
/// .NET Interactive's formatter registrations and the working directory are process-wide: every test that
/// runs a notebook or formats through .NET Interactive belongs to this collection, so none run at once.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookGroup
{
    public const string Name = "notebooks";
}
