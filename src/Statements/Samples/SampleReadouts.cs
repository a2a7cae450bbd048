namespace Statements;

/// <summary>
/// The built-in sample: two illustrative readouts of the 2 April 2024 Biden-Xi phone call, paraphrased for
/// this library from the facts of that call (not the official texts). Useful for trying the API, the console
/// and notebooks without any files.
/// </summary>
public static class Readouts
{
    /// <summary>The Chinese side's sample readout.</summary>
    public static Readout SampleChina => Load("Statements.Samples.sample-cn.txt", "sample-cn.txt");

    /// <summary>The White House's sample readout.</summary>
    public static Readout SampleUnitedStates => Load("Statements.Samples.sample-us.txt", "sample-us.txt");

    /// <summary>The sample pair: China on the left, the United States on the right.</summary>
    public static (Readout Left, Readout Right) Sample => (SampleChina, SampleUnitedStates);

    private static Readout Load(string resource, string name)
    {
        using var stream = typeof(Readouts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return Readout.Parse(reader.ReadToEnd(), name: name);
    }
}
