namespace DealBot.Discord.Gateway;

/// <summary>What READY gives for resuming: the session id and the URL to resume on.</summary>
internal sealed record GatewaySession(string SessionId, Uri ResumeUrl);
