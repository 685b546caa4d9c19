namespace DealBot.Core.Answers;

/// <summary>The intent names used in machine output.</summary>
public static class Intents
{
    public const string Unknown = "unknown";
    public const string Help = "help";
    public const string Lookup = "lookup";
    public const string Total = "total";
    public const string MinimumCommitment = "minimum_commitment";
    public const string UnitCost = "unit_cost";
    public const string Scale = "scale";
    public const string Compute = "compute";
    public const string WhatIf = "what_if";
    public const string Compare = "compare";
}
