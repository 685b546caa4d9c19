namespace DealBot.Core.Catalog;

/// <summary>How firm a fact is: a filing or official statement, press reporting, or a derived estimate.</summary>
public enum FactStatus
{
    Confirmed,
    Reported,
    Estimate,
}
