namespace DealBot.Benchmarks;

/// <summary>
/// The benchmark questions (questions.txt, copied beside the binary): ~50 phrasings across the ten question kinds,
/// including follow-ups asked without context, a help request and questions it does not understand.
/// </summary>
public static class Corpus
{
    public static string[] Load() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "questions.txt")).Where(q => q.Length > 0).ToArray();
}
