using System.Diagnostics.CodeAnalysis;

namespace Statements.Interactive;

/// <summary>
/// Names the class that makes the notebook formatters of the type it is put on. .NET Interactive looks for an
/// attribute of this name on a type it displays, whatever its namespace, creates the source with its public
/// parameterless constructor and calls its public <c>CreateTypeFormatters()</c>; each object yielded has a
/// <c>string MimeType</c> and a <c>bool Format(object instance, TextWriter writer)</c>. Matching by name keeps
/// the library free of any dependency on .NET Interactive; outside a notebook the attribute does nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicMethods)]
    Type formatterSourceType) : Attribute
{
    /// <summary>The class that makes the formatters. .NET Interactive reads this property by name.</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicMethods)]
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>
    /// The MIME types a notebook records for a displayed value, richest first: HTML for clients that render it,
    /// and plain text for those that do not (terminals, text diffs of a notebook). Read by .NET Interactive by name.
    /// </summary>
    [SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = ".NET Interactive reads a string[] property of this name.")]
    public string[] PreferredMimeTypes { get; } = ["text/html", "text/plain"];
}
