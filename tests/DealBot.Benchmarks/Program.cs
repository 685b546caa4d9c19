using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/DealBot.Benchmarks -- --filter '*' --job short
// The benchmarks run in this process (--inProcess): there is no generated project to build, so a run takes minutes.
string[] arguments = args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : [.. args, "--inProcess"];
BenchmarkSwitcher.FromAssembly(typeof(DealBot.Benchmarks.Corpus).Assembly).Run(arguments);
