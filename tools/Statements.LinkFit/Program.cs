using System.Globalization;
using Statements;
using Statements.Alignment;
using Statements.LinkFit;

// Fits the link model on the gold pairs and prints the leave-one-pair-out table.
// Usage: Statements.LinkFit PAIRS_FOLDER [--semantic] [--write FILE] [--curve] [--ceiling] [--export FILE] [--show PAIR ...]
// --semantic adds the cosine of the claims' all-MiniLM-L6-v2 embeddings (Statements.Semantic) as a feature.
// --ceiling prints, per held-out pair, the align-F1 of the best cut of its ranked pairs (chosen by looking at its gold):
//   what a perfect threshold could reach with the present probabilities. --export writes every pair's claims, profiles,
//   features and gold links as JSON for experiments outside .NET, and stops.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Statements.LinkFit PAIRS_FOLDER [--semantic] [--write link-model.json] [--curve] [--ceiling] [--export pairs.json] [--show PAIR ...]");
    return 2;
}

var write = Array.IndexOf(args, "--write") is var w and >= 0 && w + 1 < args.Length ? args[w + 1] : null;
var comparer = ReadoutComparer.Default;
var pairs = Directory.GetDirectories(args[0]).Order(StringComparer.Ordinal)
    .Where(d => File.Exists(Path.Combine(d, "gold.json")))
    .Select(d => PairData.Load(d, comparer, args.Contains("--semantic") ? Statements.Semantic.MiniLmEmbedder.Shared : null))
    .ToList();
Console.WriteLine($"{pairs.Count} gold pairs; {LinkModel.FeatureNames.Count} link features{(args.Contains("--semantic") ? " and the semantic one" : "")}");

if (Array.IndexOf(args, "--export") is var export and >= 0 && export + 1 < args.Length)
{
    Export.Write(pairs, comparer, args[export + 1]);
    Console.WriteLine("wrote " + args[export + 1]);
    return 0;
}

var rows = new List<Scores>();
var ceilings = new List<double>();
Console.WriteLine($"{"pair",-48}{"align-F1",9}{"relation",9}{"general",9}{"omis-P",9}{"omis-R",9}{"links",7}{"gold",6}");
foreach (var held in pairs)
{
    var model = Fitting.Fit(pairs.Where(p => p != held).ToList());
    var s = Fitting.Score(held, model);
    rows.Add(s);
    var ceiling = "";
    if (args.Contains("--ceiling"))
    {
        ceilings.Add(Fitting.Ceiling(held, model));
        ceiling = $"{ceilings[^1],9:0.00}";
    }
    Console.WriteLine($"{held.Name,-48}{s.Align,9:0.00}{s.Relation,9:0.00}{s.General,9:0.00}{s.OmissionP,9:0.00}{s.OmissionR,9:0.00}{s.Links,7}{held.GoldSpecificCount,6}{ceiling}");
}

Console.WriteLine($"LOPO mean: align-F1 {rows.Average(r => r.Align):0.000} relation {rows.Average(r => r.Relation):0.000} general-F1 {rows.Average(r => r.General):0.000} omission-P {rows.Average(r => r.OmissionP):0.000} omission-R {rows.Average(r => r.OmissionR):0.000}");
Console.WriteLine($"pooled: specific links made {rows.Sum(r => r.Links)}, right {rows.Sum(r => r.Found)}, gold {rows.Sum(r => r.Gold)}; "
    + $"general links made {rows.Sum(r => r.GeneralCounts.Made)}, right {rows.Sum(r => r.GeneralCounts.Found)}, gold {rows.Sum(r => r.GeneralCounts.Gold)}");
if (args.Contains("--ceiling"))
{
    Console.WriteLine($"ceiling (best cut per held-out pair, chosen on its gold): align-F1 {ceilings.Average():0.00}");
}
var full = Fitting.Fit(pairs);
var inSample = pairs.Select(p => Fitting.Score(p, full)).ToList();
Console.WriteLine($"in-sample: align-F1 {inSample.Average(r => r.Align):0.00} relation {inSample.Average(r => r.Relation):0.00} general-F1 {inSample.Average(r => r.General):0.00} omission-P {inSample.Average(r => r.OmissionP):0.00} omission-R {inSample.Average(r => r.OmissionR):0.00}");
for (var i = 0; i < full.Features.Count; i++)
{
    Console.WriteLine($"  {full.Features[i],-20}{full.Specific[i],9:0.00}{full.General[i],9:0.00}");
}

foreach (var name in args.SkipWhile(a => a != "--show").Skip(1))
{
    Show.Pair(pairs.First(p => p.Name.StartsWith(name, StringComparison.Ordinal)), full);
}

if (args.Contains("--general"))
{
    foreach (var p in pairs)
    {
        Show.GeneralClaims(p, full);
    }
}

if (args.Contains("--curve"))
{
    Curves.Omission(pairs, full);
}

Console.WriteLine($"  thresholds: {full.Thresholds}");
if (write is not null)
{
    File.WriteAllText(write, full.ToJson());
    Console.WriteLine("wrote " + write);
}

return 0;
