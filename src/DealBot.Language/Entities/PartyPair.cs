namespace DealBot.Language.Entities;

/// <summary>
/// Two parties named as a pair with no catalog deal between them: company indexes, or -1 for the one named by a word
/// the catalog does not know (<see cref="UnknownToken"/>, its token index). <see cref="IsSet"/> is false (the default) when there is none.
/// </summary>
internal readonly record struct PartyPair(bool IsSet, int First, int Second, int UnknownToken);
