namespace DealBot.Slack.Http;

/// <summary>Why a request was (not) accepted; logged, never shown to the sender.</summary>
public enum SignatureCheck
{
    Valid,
    Missing,
    Stale,
    Invalid,
}
