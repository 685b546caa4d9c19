namespace DealBot.Discord.Gateway;

/// <summary>How long to wait before each reconnect attempt; restarted after every healthy connection.</summary>
internal interface IReconnectStrategy
{
    IEnumerable<TimeSpan> GetDelays();
}
